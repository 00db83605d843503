package techniques

// LocalTechniqueYAML lets the external tests of this folder overlay the
// local technique the overlay tests use.
const LocalTechniqueYAML = localTechniqueYAML
