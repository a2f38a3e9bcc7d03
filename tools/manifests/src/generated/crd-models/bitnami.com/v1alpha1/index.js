export * from "./SealedSecret.js";
