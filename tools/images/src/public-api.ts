// Public API of @ckan-openshift/images (the package's only entry, "."): the images the stack builds.
export { IMAGE_NAMES } from "./images.ts";
