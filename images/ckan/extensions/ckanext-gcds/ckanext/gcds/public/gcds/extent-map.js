// Switches the extent maps of a dataset page (templates/gcds/snippets/extent_map.html) between their
// views, the extent and its surroundings: with the buttons, or + and - while the map has the focus.
// Without this script the map shows the extent, and the buttons stay hidden.
for (const figure of document.querySelectorAll("[data-gcds-map]")) {
  const svg = figure.querySelector("svg");
  const views = [...svg.querySelectorAll("[data-view]")];
  const controls = figure.querySelector(".gcds-map__controls");
  const show = (name) => {
    for (const view of views) {
      const shown = view.dataset.view === name;
      view.style.display = shown ? "" : "none";
      if (shown) svg.setAttribute("viewBox", view.dataset.viewbox);
    }
    figure.dataset.view = name;
  };
  controls.hidden = false;
  controls.addEventListener("click", (event) => {
    const button = event.target.closest("[data-map-view]");
    if (button) show(button.dataset.mapView);
  });
  svg.addEventListener("keydown", (event) => {
    const view = { "+": "extent", "=": "extent", "-": "context" }[event.key];
    if (view) {
      event.preventDefault();
      show(view);
    }
  });
  show(views[0].dataset.view);
}
