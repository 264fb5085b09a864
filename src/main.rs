//! callaudit's entry point: parse arguments, run, map the outcome to an exit code
//! (0 clean, 1 something flagged, 2 error; a closed stdout pipe is not an error).

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    #[cfg(feature = "ct2")]
    mkl_for_every_cpu();
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

/// CTranslate2 picks its matrix backend in static initializers, before `main`, and uses MKL (the
/// only backend of a `ct2` build without oneDNN) on Intel CPUs only unless `CT2_USE_MKL=1` is in
/// the environment the process started with. So such a build on another CPU starts itself again
/// with it set, once.
#[cfg(feature = "ct2")]
fn mkl_for_every_cpu() {
    use std::os::unix::process::CommandExt;
    if !callaudit::asr::ct2::needs_mkl_forced() || std::env::var_os("CT2_USE_MKL").is_some() {
        return;
    }
    let Ok(exe) = std::env::current_exe() else {
        return;
    };
    let mut args = std::env::args_os();
    let argv0 = args.next().unwrap_or_else(|| exe.clone().into_os_string());
    let err = std::process::Command::new(&exe)
        .arg0(argv0)
        .args(args)
        .env("CT2_USE_MKL", "1")
        .exec();
    // Only reached when exec failed: go on; the ct2 engine will say what is missing.
    cli::say(
        "warning",
        format!("cannot restart with CT2_USE_MKL=1: {err}"),
    );
}
