import type { Plugin } from "vite";

/** A Vite plugin: the bundle's scripts in plain ASCII, meaning what they meant, or the build stops. */
export function asciiOnly(): Plugin;
