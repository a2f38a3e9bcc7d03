export * from "./Application.js";
export * from "./AppProject.js";
