// The dataset form's URL name follows the English title until someone types in it, as CKAN's own
// slug preview does: lowercase ASCII letters and digits, words joined by "-".
const title = document.querySelector('gcds-input[name="title_translated-en"]');
const name = document.querySelector('gcds-input[name="name"]');
if (title && name && !name.getAttribute("value")) {
  let edited = false;
  name.addEventListener("gcdsInput", () => (edited = true));
  title.addEventListener("gcdsInput", () => {
    if (edited) return;
    name.value = title.value
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 100);
  });
}
