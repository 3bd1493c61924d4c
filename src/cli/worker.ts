// Worker-thread entry for `baochi batch --jobs N` (filled in by the batch command).
export {};
