//! The install pipeline: decoding, analysis and writing on separate threads,
//! with records written in the order they arrive.

use std::sync::mpsc::sync_channel;

/// Records queued per analysis thread, each way (a few hundred kilobytes).
const PIPELINE_DEPTH: usize = 32;

/// Reads `items` on one thread, runs `analyse` on each on `analysers`
/// more (round-robin), and hands the results to `write` on this thread in
/// the order of `items`. The first error, from `items` or from `write`,
/// stops every thread and is returned.
pub(crate) fn in_order_pipeline<T: Send, U: Send, E: Send>(
    items: impl Iterator<Item = Result<T, E>> + Send,
    analysers: usize,
    analyse: impl Fn(T) -> U + Sync,
    mut write: impl FnMut(U) -> Result<(), E>,
) -> Result<(), E> {
    let analysers = analysers.max(1);
    let analyse = &analyse;
    std::thread::scope(|threads| -> Result<(), E> {
        let mut inputs = Vec::with_capacity(analysers);
        let mut outputs = Vec::with_capacity(analysers);
        for _ in 0..analysers {
            let (to_analyse, queued) = sync_channel::<Result<T, E>>(PIPELINE_DEPTH);
            let (analysed, from_analyser) = sync_channel::<Result<U, E>>(PIPELINE_DEPTH);
            threads.spawn(move || {
                for item in queued {
                    let failed = item.is_err();
                    // A refused send: the writer stopped on an error.
                    if analysed.send(item.map(analyse)).is_err() || failed {
                        break;
                    }
                }
            });
            inputs.push(to_analyse);
            outputs.push(from_analyser);
        }
        threads.spawn(move || {
            for (i, item) in items.enumerate() {
                let failed = item.is_err();
                if inputs[i % analysers].send(item).is_err() || failed {
                    break;
                }
            }
        });
        // Each analyser's channel closes once it has passed on all it was
        // given, so the first closed one is past the end.
        for item in (0..).map_while(|i| outputs[i % analysers].recv().ok()) {
            write(item?)?;
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    // Any error type travels; the guide's own is handy here.
    use crate::error::{Error, Result};

    fn numbers(n: usize) -> impl Iterator<Item = Result<usize>> + Send {
        (0..n).map(Ok)
    }

    #[test]
    fn the_pipeline_keeps_order_with_any_number_of_analysers() {
        for analysers in [1, 2, 3, 7] {
            let mut seen = Vec::new();
            in_order_pipeline(
                numbers(1_000),
                analysers,
                |n| n * 2,
                |n| {
                    seen.push(n);
                    Ok(())
                },
            )
            .unwrap();
            assert_eq!(seen, (0..1_000).map(|n| n * 2).collect::<Vec<_>>());
        }
    }

    #[test]
    fn the_pipeline_stops_at_the_first_error_from_either_end() {
        // From the source: everything before it is written, nothing after.
        let items = (0..500).map(|n| {
            if n == 123 {
                Err(Error::NotFound { id: "123".into() })
            } else {
                Ok(n)
            }
        });
        let mut seen = Vec::new();
        let err = in_order_pipeline(
            items,
            3,
            |n| n,
            |n| {
                seen.push(n);
                Ok(())
            },
        )
        .unwrap_err();
        assert!(matches!(err, Error::NotFound { id } if id == "123"));
        assert_eq!(seen, (0..123).collect::<Vec<_>>());
        // From the writer: returned, and every thread stops (no hang) though
        // the source has far more than the queues hold.
        let mut written = 0;
        let err = in_order_pipeline(
            numbers(100_000),
            3,
            |n| n,
            |n| {
                written += 1;
                if n == 10 {
                    return Err(Error::NotFound { id: "10".into() });
                }
                Ok(())
            },
        )
        .unwrap_err();
        assert!(matches!(err, Error::NotFound { id } if id == "10"));
        assert_eq!(written, 11);
    }
}
