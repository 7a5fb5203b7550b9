// Preloaded by `npm run synth` and cdktf.json's app. When cdktf starts it requires `archiver` (for
// zipping directory assets) and with it ~200 modules (lodash, readable-stream, glob...): 720 modules
// loaded by a synth instead of 518. This project's only asset is a file, so cdktf never calls it; here
// cdktf's file helpers get a function that loads the real archiver on its first call instead.
const Module = require("node:module");
const path = require("node:path");

const cdktfFileHelpers = path.join("cdktn", "lib", "private", "fs.js");
const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === "archiver" && parent?.filename?.endsWith(cdktfFileHelpers)) {
    let archiver;
    return (...args) => (archiver ??= load.call(Module, request, parent, false))(...args);
  }
  return load.call(this, request, parent, isMain);
};
