//! Panics inside the file readers (ours or a library's, e.g. calamine on a
//! corrupt workbook) become errors, without a backtrace on stderr: a panic
//! message can quote the file's contents (a string slice, a cell value), and
//! a backtrace tells a clerk nothing.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    /// Set while this thread runs `catch`: its panics are caught, not printed.
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

static HOOK: Once = Once::new();

/// Install, once per process, a panic hook that stays silent for threads
/// inside `catch` and defers to the previous hook everywhere else.
fn install_hook() {
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !QUIET.with(Cell::get) {
                previous(info);
            }
        }));
    });
}

/// Run `work`; a panic inside it is returned as `Err(())`, printing nothing.
/// The panic's message is deliberately dropped (it may quote row values).
pub fn catch<T>(work: impl FnOnce() -> T) -> Result<T, ()> {
    install_hook();
    let was_quiet = QUIET.with(|q| q.replace(true));
    let out = panic::catch_unwind(AssertUnwindSafe(work));
    QUIET.with(|q| q.set(was_quiet));
    out.map_err(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_an_error_and_nesting_restores_the_flag() {
        assert_eq!(catch(|| 7), Ok(7));
        let out: Result<(), ()> = catch(|| panic!("secret value José"));
        assert_eq!(out, Err(()));
        let nested = catch(|| {
            let inner: Result<u8, ()> = catch(|| panic!("inner"));
            assert!(QUIET.with(Cell::get));
            inner
        });
        assert_eq!(nested, Ok(Err(())));
        assert!(!QUIET.with(Cell::get));
    }
}
