/**
 * The semi-space size (MB) of a thread that may build an index. Building allocates short-lived tokens and strings by
 * the million while the passages it keeps grow; with V8's default (16 MB) so many survived into the old generation
 * that collecting them took about a tenth of a 10,000-article build. 64 MB was 3% quicker still, for 50 MB more at
 * the build's peak.
 */
const BUILD_SEMI_SPACE_MB = 32;

/** The `node` flag giving a command's main thread that young generation, where the command may build an index. */
export const BUILD_NODE_FLAG = `--max-semi-space-size=${BUILD_SEMI_SPACE_MB}`;

/** The same for a worker thread that may build one: V8 counts two semi-spaces and a large-object space as large. */
export const BUILD_YOUNG_GENERATION_MB = 3 * BUILD_SEMI_SPACE_MB;
