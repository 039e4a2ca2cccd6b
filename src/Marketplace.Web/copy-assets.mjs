// Copies the built files of the browser libraries in package.json from node_modules into wwwroot/lib, with their
// licences, so the site serves them itself (its Content-Security-Policy allows scripts and styles from itself only).
import { cpSync, rmSync, mkdirSync } from "node:fs";

const target = "wwwroot/lib/leaflet";
rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
for (const file of ["leaflet.js", "leaflet.css", "images"]) {
  cpSync(`node_modules/leaflet/dist/${file}`, `${target}/${file}`, { recursive: true });
}
cpSync("node_modules/leaflet/LICENSE", `${target}/LICENSE`);
