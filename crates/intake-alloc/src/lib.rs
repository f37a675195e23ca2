//! The process-wide allocator of the two front doors (the `intake` CLI and
//! the desktop app): linking this crate installs it; call [`tune`] first
//! thing in `main`.
//!
//! Why not glibc's malloc: an import's rows are built on the reader thread
//! and dropped on the engine's. glibc frees such blocks into the arena of
//! the thread that made them, under its lock, and consolidates fast bins
//! on the way; that was about a third of a dry run's CPU (1M rows: 5.4–7.9 s
//! with glibc, 3.3–4.7 s with mimalloc, `scripts/bench.sh`). SQLite's own
//! page cache still comes from the C library's malloc.

#![deny(unsafe_op_in_unsafe_fn)]

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Option numbers of mimalloc v2's `mi_option_e` (`mimalloc.h`); the
/// bindings name only some of them. Pinned with the `v2` feature.
const ARENA_EAGER_COMMIT: libmimalloc_sys::mi_option_t = 4;
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Hand freed memory back to the OS at once and commit arena memory only
/// as it is used. With mimalloc's defaults a 1M-row import peaked ~25 MB
/// higher than with glibc (~145 MB against ~118 MB, issue 12's bar being
/// 150 MB); with these it peaks about as glibc does (~114 MB).
///
/// mimalloc reads the arena option when it makes its first arena, which
/// the Rust runtime's first allocations do before `main`: on Linux this
/// runs as a constructor, before them. Elsewhere `main` calls it first
/// thing (later arenas get the option).
pub fn tune() {
    // SAFETY: `mi_option_set` only stores an option value; both options are
    // read when memory is next committed or purged.
    unsafe {
        libmimalloc_sys::mi_option_set(ARENA_EAGER_COMMIT, 0);
        libmimalloc_sys::mi_option_set(PURGE_DELAY, 0);
    }
}

#[cfg(target_os = "linux")]
#[used]
#[link_section = ".init_array"]
static TUNE_BEFORE_MAIN: extern "C" fn() = {
    extern "C" fn tune_before_main() {
        tune();
    }
    tune_before_main
};

#[cfg(test)]
mod tests {
    /// The numbers above name the options they are meant to: set (by the
    /// constructor on Linux, or here), they read back as set, and the
    /// options next to them keep mimalloc v2's defaults (a mimalloc upgrade
    /// that renumbers them fails here, not silently).
    #[test]
    fn option_numbers_are_mimallocs() {
        use super::*;
        tune();
        let get = |option| unsafe { libmimalloc_sys::mi_option_get(option) };
        assert_eq!((get(ARENA_EAGER_COMMIT), get(PURGE_DELAY)), (0, 0));
        // Neighbours, at their documented defaults: eager_commit (3) = 1,
        // purge_decommits (5) = 1, eager_commit_delay (14) = 1,
        // use_numa_nodes (16) = 0.
        assert_eq!((get(3), get(5), get(14), get(16)), (1, 1, 1, 0));
    }
}
