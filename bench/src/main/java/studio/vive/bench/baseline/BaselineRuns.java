package studio.vive.bench.baseline;

import java.util.List;

/**
 * The commit baseline both ways: the stack's own server and a second server with the other
 * durability, each on one connection and on several.
 *
 * @param runs      every loop, the stack's server first
 * @param reference the stack's server at the most connections: what the targets' ratios divide by
 */
public record BaselineRuns(List<BaselineResult> runs, BaselineResult reference) {
}
