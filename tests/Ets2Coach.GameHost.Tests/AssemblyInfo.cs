// The plugin keeps per-process state and the game side routes calls through one current
// instance per thread: tests that load the plugin or drive the game side must not overlap.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
