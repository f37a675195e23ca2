//! Ctrl-C, SIGTERM (a service manager, `timeout`, `kill`) and SIGHUP (the
//! terminal closed) stop an import the same way: the pipeline sees the
//! cancel at its next chunk, rolls the rows back and records the run as
//! failed with `CANCELLED` (exit 1). Without this, SIGTERM and SIGHUP killed
//! the process mid-run and left the run `processing`. A second signal stops
//! at once; the run is then settled by the next command that looks at it.

use intake_engine::progress::CancelToken;

/// Watch for the signals in the background; the first one cancels `cancel`.
pub fn cancel_on_signals(cancel: CancelToken) {
    let mut signals = match Signals::new() {
        Ok(signals) => signals,
        Err(e) => {
            tracing::debug!("Cannot watch for stop signals: {e}");
            return;
        }
    };
    tokio::spawn(async move {
        let first = signals.next().await;
        tracing::warn!(
            "{first} received: cancelling the import, nothing of it will be kept (send it again to stop at once)"
        );
        cancel.cancel();
        let again = signals.next().await;
        tracing::warn!("{again} received again: stopping at once");
        std::process::exit(1);
    });
}

#[cfg(unix)]
struct Signals {
    interrupt: tokio::signal::unix::Signal,
    terminate: tokio::signal::unix::Signal,
    hangup: tokio::signal::unix::Signal,
}

#[cfg(unix)]
impl Signals {
    fn new() -> std::io::Result<Signals> {
        use tokio::signal::unix::{signal, SignalKind};
        Ok(Signals {
            interrupt: signal(SignalKind::interrupt())?,
            terminate: signal(SignalKind::terminate())?,
            hangup: signal(SignalKind::hangup())?,
        })
    }

    async fn next(&mut self) -> &'static str {
        tokio::select! {
            _ = self.interrupt.recv() => "Ctrl-C (SIGINT)",
            _ = self.terminate.recv() => "SIGTERM",
            _ = self.hangup.recv() => "SIGHUP",
        }
    }
}

#[cfg(not(unix))]
struct Signals;

#[cfg(not(unix))]
impl Signals {
    fn new() -> std::io::Result<Signals> {
        Ok(Signals)
    }

    async fn next(&mut self) -> &'static str {
        match tokio::signal::ctrl_c().await {
            Ok(()) => "Ctrl-C",
            // No console to watch: never fire.
            Err(_) => std::future::pending().await,
        }
    }
}
