//! callaudit's entry point: parse arguments, run, map the outcome to an exit code
//! (0 clean, 1 something flagged, 2 error; a closed stdout pipe is not an error).

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    match cli::run() {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            if err.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            cli::say("error", &err);
            for cause in err.chain().skip(1) {
                cli::say("cause", cause);
            }
            ExitCode::from(2)
        }
    }
}
