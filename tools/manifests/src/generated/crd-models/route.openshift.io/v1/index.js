export * from "./Route.js";
