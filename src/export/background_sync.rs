//! Forcing a large output file to disk in the background while the run goes
//! on, so the sync at the end of a run (which makes the output crash-safe)
//! has only the last stretch left to write instead of the whole file.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::thread::JoinHandle;

/// Bytes written to one file between two background syncs.
const SYNC_EVERY: u64 = 64 << 20;

/// Counts what is written to one file and, every [`SYNC_EVERY`] bytes, starts
/// `fdatasync` on a clone of its handle on a short-lived thread. A sync error
/// is returned by the next call, so it is never lost (the kernel reports a
/// write-back error once per open file, to whichever sync comes first).
#[derive(Debug)]
pub(crate) struct BackgroundSync {
    every: u64,
    unsynced: u64,
    running: Option<JoinHandle<io::Result<()>>>,
}

impl Default for BackgroundSync {
    fn default() -> Self {
        BackgroundSync::every(SYNC_EVERY)
    }
}

impl BackgroundSync {
    /// Syncs after every `bytes` bytes written.
    fn every(bytes: u64) -> Self {
        BackgroundSync {
            every: bytes,
            unsynced: 0,
            running: None,
        }
    }

    /// Notes that `bytes` more were written through `writer`; may flush it
    /// and start a background sync of the file.
    pub(crate) fn wrote(&mut self, writer: &mut BufWriter<File>, bytes: usize) -> io::Result<()> {
        self.unsynced += bytes as u64;
        if self.unsynced < self.every {
            return Ok(());
        }
        if self.running.as_ref().is_some_and(|h| !h.is_finished()) {
            // The disk is behind: leave it to the sync already running.
            return Ok(());
        }
        self.wait()?;
        writer.flush()?;
        let file = writer.get_ref().try_clone()?;
        self.unsynced = 0;
        self.running = Some(std::thread::spawn(move || file.sync_data()));
        Ok(())
    }

    /// Waits for a background sync still running and returns its error, if any.
    pub(crate) fn wait(&mut self) -> io::Result<()> {
        match self.running.take() {
            Some(handle) => handle
                .join()
                .unwrap_or_else(|_| Err(io::Error::other("background sync panicked"))),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syncs_in_the_background_and_keeps_every_byte() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.bin");
        let mut writer = BufWriter::new(File::create(&path).unwrap());
        let mut sync = BackgroundSync::every(1 << 16);
        let chunk = vec![b'x'; 1 << 14];
        let mut started = 0;
        for _ in 0..64 {
            writer.write_all(&chunk).unwrap();
            sync.wrote(&mut writer, chunk.len()).unwrap();
            if sync.unsynced == 0 {
                started += 1;
            }
        }
        assert!(started >= 1, "a background sync was started");
        sync.wait().unwrap();
        assert!(sync.running.is_none());
        writer.flush().unwrap();
        let len = std::fs::metadata(&path).unwrap().len();
        assert_eq!(len, 64 << 14);
    }
}
