//! callaudit's entry point: parse arguments, run, map the outcome to an exit code
//! (0 clean, 1 something flagged, 2 error; a closed stdout pipe is not an error).

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    #[cfg(unix)]
    restart_with_faster_kernels();
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

/// Math libraries that choose their kernels in static initializers, before `main`, from the
/// environment the process started with: when one of them would run slower kernels than this CPU
/// can, the program starts itself again, once, with the variable that says so set.
/// - OpenBLAS (whisper.cpp's products, the classifier's dense layers): an older OpenBLAS that does
///   not know the CPU falls back to SSE3 kernels (`classifier::fast::openblas_core_upgrade`).
/// - CTranslate2 (`ct2` builds): it uses MKL, the only backend of a `ct2` build without oneDNN,
///   on Intel CPUs only unless `CT2_USE_MKL=1` is set.
#[cfg(unix)]
fn restart_with_faster_kernels() {
    use std::os::unix::process::CommandExt;
    let mut env: Vec<(&str, &str)> = Vec::new();
    if let Some(core) = callaudit::classifier::fast::openblas_core_upgrade() {
        env.push(("OPENBLAS_CORETYPE", core));
    }
    #[cfg(feature = "ct2")]
    if callaudit::asr::ct2::needs_mkl_forced() && std::env::var_os("CT2_USE_MKL").is_none() {
        env.push(("CT2_USE_MKL", "1"));
    }
    if env.is_empty() {
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
        .envs(env.iter().copied())
        .exec();
    // Only reached when exec failed: go on with the slower kernels (or, for ct2, the engine
    // says what is missing).
    let names: Vec<&str> = env.iter().map(|(k, _)| *k).collect();
    cli::say(
        "warning",
        format!("cannot restart with {} set: {err}", names.join(", ")),
    );
}
