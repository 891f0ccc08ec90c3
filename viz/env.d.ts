/** Vite's client types (import.meta.glob, ?raw imports, new URL workers) for the viewer's sources. */
/// <reference types="vite/client" />
