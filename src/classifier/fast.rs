//! Inference kernels for the encoder's two hottest operations, used when nothing needs a gradient.
//!
//! Profiled on `bench-classifier` (perf): candle's matrix product (the `gemm` crate, whose AVX-512
//! kernels need a nightly compiler, so AVX2 here) took 47% of the time plus 15% spinning in its
//! thread barrier, and the exact GELU's `erf` (libm) 9%. The dense layers therefore go to
//! OpenBLAS's `sgemm` (already linked for whisper.cpp; AVX-512 kernels), and GELU uses a
//! closed-form erf with 1.5e-7 absolute error. Both only take tensors that no gradient flows
//! through (`track_op` false), so training is untouched; they return `None` when they do not
//! apply and the caller uses candle's own ops.

use candle_core::{Layout, Result, Storage, Tensor};

/// The tensor's contiguous f32 data on the CPU, if it is that.
fn cpu_slice<'a>(storage: &'a Storage, layout: &Layout) -> Result<Option<&'a [f32]>> {
    let Storage::Cpu(candle_core::CpuStorage::F32(data)) = storage else {
        return Ok(None);
    };
    Ok(layout
        .contiguous_offsets()
        .map(|(start, end)| &data[start..end]))
}

#[cfg(feature = "openblas")]
mod blas {
    use std::os::raw::c_int;

    const ROW_MAJOR: c_int = 101;
    const NO_TRANS: c_int = 111;
    const TRANS: c_int = 112;

    extern "C" {
        #[allow(clippy::too_many_arguments)]
        fn cblas_sgemm(
            order: c_int,
            trans_a: c_int,
            trans_b: c_int,
            m: c_int,
            n: c_int,
            k: c_int,
            alpha: f32,
            a: *const f32,
            lda: c_int,
            b: *const f32,
            ldb: c_int,
            beta: f32,
            c: *mut f32,
            ldc: c_int,
        );
    }

    /// The kernel set OpenBLAS chose when it was loaded ("Haswell", "SkylakeX", "Prescott", ...).
    pub fn core_name() -> Option<String> {
        extern "C" {
            fn openblas_get_corename() -> *const std::os::raw::c_char;
        }
        // SAFETY: OpenBLAS returns a pointer to a static NUL-terminated string, or null.
        let p = unsafe { openblas_get_corename() };
        if p.is_null() {
            return None;
        }
        // SAFETY: non-null and NUL-terminated (above); the string is never freed.
        let name = unsafe { std::ffi::CStr::from_ptr(p) };
        Some(name.to_string_lossy().into_owned())
    }

    /// `x[rows, k] . w[n, k]^T + bias[n]`, row-major.
    pub fn linear(x: &[f32], w: &[f32], bias: &[f32], rows: usize, k: usize) -> Vec<f32> {
        let n = bias.len();
        assert_eq!(x.len(), rows * k);
        assert_eq!(w.len(), n * k);
        let mut out: Vec<f32> = Vec::with_capacity(rows * n);
        for _ in 0..rows {
            out.extend_from_slice(bias);
        }
        // SAFETY: the slices have the sizes asserted above, and sgemm writes only `out`.
        unsafe {
            cblas_sgemm(
                ROW_MAJOR,
                NO_TRANS,
                TRANS,
                rows as c_int,
                n as c_int,
                k as c_int,
                1.0,
                x.as_ptr(),
                k as c_int,
                w.as_ptr(),
                k as c_int,
                1.0,
                out.as_mut_ptr(),
                n as c_int,
            );
        }
        out
    }
}

/// Kernels generic enough that OpenBLAS falls back to them for a CPU it does not recognize.
const GENERIC_CORES: [&str; 6] = [
    "prescott",
    "core2",
    "penryn",
    "dunnington",
    "nehalem",
    "atom",
];

/// The OpenBLAS kernel set to ask for instead of the one it chose, if any.
///
/// OpenBLAS picks its kernels by CPU model when the library is loaded, before `main`. Debian 12's
/// OpenBLAS (0.3.21) does not know newer Intel server CPUs (this project's machines report a
/// plain "Intel(R) Xeon(R) Processor" with AVX-512) and falls back to its Prescott (SSE3)
/// kernels: the classifier's dense layers (here) and whisper.cpp's encoder products ran several
/// times slower than with the AVX-512 ones. It honours `OPENBLAS_CORETYPE` from the environment
/// the process started with, so the binary starts itself again with it set (`main`). `None`
/// when OpenBLAS is not built in, when the user set the variable, or when its choice is not a
/// generic fallback below what the CPU runs.
pub fn openblas_core_upgrade() -> Option<&'static str> {
    if std::env::var_os("OPENBLAS_CORETYPE").is_some() {
        return None;
    }
    let chosen = core_name()?.to_ascii_lowercase();
    if !GENERIC_CORES.contains(&chosen.as_str()) {
        return None;
    }
    best_core()
}

#[cfg(feature = "openblas")]
fn core_name() -> Option<String> {
    blas::core_name()
}

#[cfg(not(feature = "openblas"))]
fn core_name() -> Option<String> {
    None
}

/// The best OpenBLAS kernel set this CPU can run, among those every OpenBLAS since 0.3.10 has.
#[cfg(target_arch = "x86_64")]
fn best_core() -> Option<&'static str> {
    use std::arch::is_x86_feature_detected as has;
    if has!("avx512f")
        && has!("avx512cd")
        && has!("avx512bw")
        && has!("avx512dq")
        && has!("avx512vl")
    {
        Some("SkylakeX")
    } else if has!("avx2") && has!("fma") {
        Some("Haswell")
    } else if has!("avx") {
        Some("SandyBridge")
    } else {
        None
    }
}

#[cfg(not(target_arch = "x86_64"))]
fn best_core() -> Option<&'static str> {
    None
}

/// `x . weight^T + bias` over the last dimension of `x` (weight as stored: [out, in]).
pub fn linear(x: &Tensor, weight: &Tensor, bias: &Tensor) -> Result<Option<Tensor>> {
    linear_then(x, weight, bias, |_| {})
}

/// `gelu(x . weight^T + bias)`, the GELU applied where the product's output lies.
pub fn linear_gelu(x: &Tensor, weight: &Tensor, bias: &Tensor) -> Result<Option<Tensor>> {
    linear_then(x, weight, bias, gelu_in_place)
}

fn linear_then(
    x: &Tensor,
    weight: &Tensor,
    bias: &Tensor,
    then: impl FnOnce(&mut [f32]),
) -> Result<Option<Tensor>> {
    if !cfg!(feature = "openblas") || x.track_op() || weight.track_op() || bias.track_op() {
        return Ok(None);
    }
    let (n, k) = weight.dims2()?;
    let mut dims = x.dims().to_vec();
    if dims.last() != Some(&k) || bias.dims() != [n] {
        return Ok(None);
    }
    let rows = x.elem_count() / k;
    let x = x.contiguous()?;
    let out = {
        let (xg, xl) = x.storage_and_layout();
        let (wg, wl) = weight.storage_and_layout();
        let (bg, bl) = bias.storage_and_layout();
        match (
            cpu_slice(&xg, xl)?,
            cpu_slice(&wg, wl)?,
            cpu_slice(&bg, bl)?,
        ) {
            (Some(xs), Some(ws), Some(bs)) => sgemm_linear(xs, ws, bs, rows, k),
            _ => None,
        }
    };
    let Some(mut out) = out else { return Ok(None) };
    then(&mut out);
    *dims.last_mut().expect("non-scalar") = n;
    Tensor::from_vec(out, dims, x.device()).map(Some)
}

#[cfg(feature = "openblas")]
fn sgemm_linear(x: &[f32], w: &[f32], b: &[f32], rows: usize, k: usize) -> Option<Vec<f32>> {
    Some(blas::linear(x, w, b, rows, k))
}

#[cfg(not(feature = "openblas"))]
fn sgemm_linear(_: &[f32], _: &[f32], _: &[f32], _: usize, _: usize) -> Option<Vec<f32>> {
    None
}

/// erf by Abramowitz & Stegun 7.1.26 (absolute error under 1.5e-7).
fn erf(x: f32) -> f32 {
    const P: f32 = 0.327_591_1;
    const A: [f32; 5] = [
        0.254_829_6,
        -0.284_496_74,
        1.421_413_7,
        -1.453_152_1,
        1.061_405_4,
    ];
    let s = x.signum();
    let x = x.abs();
    let t = 1.0 / (1.0 + P * x);
    let poly = t * (A[0] + t * (A[1] + t * (A[2] + t * (A[3] + t * A[4]))));
    s * (1.0 - poly * (-x * x).exp())
}

fn gelu_in_place(xs: &mut [f32]) {
    use rayon::prelude::*;
    xs.par_chunks_mut(1 << 14).for_each(|c| {
        for v in c {
            *v = 0.5 * *v * (1.0 + erf(*v * std::f32::consts::FRAC_1_SQRT_2));
        }
    });
}

/// The exact (erf) GELU of BERT.
pub fn gelu_erf(x: &Tensor) -> Result<Option<Tensor>> {
    if x.track_op() {
        return Ok(None);
    }
    let x = x.contiguous()?;
    let out = {
        let (g, l) = x.storage_and_layout();
        cpu_slice(&g, l)?.map(|xs| {
            let mut v = xs.to_vec();
            gelu_in_place(&mut v);
            v
        })
    };
    out.map(|o| Tensor::from_vec(o, x.dims(), x.device()))
        .transpose()
}

#[cfg(test)]
mod tests {
    use super::*;
    use candle_core::{Device, Var};

    #[test]
    fn erf_gelu_matches_candle_exact_gelu() {
        let xs: Vec<f32> = (-800..=800).map(|i| i as f32 / 100.0).collect();
        let t = Tensor::from_vec(xs.clone(), (1601,), &Device::Cpu).unwrap();
        let ours = gelu_erf(&t)
            .unwrap()
            .expect("plain tensor")
            .to_vec1::<f32>()
            .unwrap();
        let exact = t.gelu_erf().unwrap().to_vec1::<f32>().unwrap();
        for ((x, a), b) in xs.iter().zip(&ours).zip(&exact) {
            assert!((a - b).abs() < 1e-6, "gelu({x}): {a} vs {b}");
        }
    }

    #[test]
    fn openblas_reports_its_kernels_and_a_generic_choice_is_upgraded() {
        let Some(name) = core_name() else {
            // Without the openblas feature there is no OpenBLAS to ask.
            #[cfg(feature = "openblas")]
            panic!("OpenBLAS is linked but names no core");
            #[cfg(not(feature = "openblas"))]
            return;
        };
        assert!(!name.is_empty());
        let generic = GENERIC_CORES.contains(&name.to_ascii_lowercase().as_str());
        match openblas_core_upgrade() {
            // Only a generic fallback is replaced, and only by a core the CPU can run.
            Some(core) => assert!(generic && Some(core) == best_core(), "{name} -> {core}"),
            None => assert!(
                !generic
                    || std::env::var_os("OPENBLAS_CORETYPE").is_some()
                    || best_core().is_none(),
                "{name} kept although the CPU runs {:?}",
                best_core()
            ),
        }
    }

    #[test]
    fn linear_matches_candle_and_leaves_tracked_tensors_to_candle() {
        let dev = Device::Cpu;
        let x = Tensor::randn(0f32, 1.0, (2, 5, 7), &dev).unwrap();
        let w = Tensor::randn(0f32, 1.0, (3, 7), &dev).unwrap();
        let b = Tensor::randn(0f32, 1.0, 3, &dev).unwrap();
        let want = x
            .broadcast_matmul(&w.t().unwrap())
            .unwrap()
            .broadcast_add(&b)
            .unwrap();
        let fast = linear(&x, &w, &b).unwrap();
        assert_eq!(
            fast.is_some(),
            cfg!(feature = "openblas"),
            "plain tensors take the BLAS path when it is built in"
        );
        if let Some(got) = fast {
            assert_eq!(got.dims(), &[2, 5, 3]);
            let d = (got - &want).unwrap().abs().unwrap().max_all().unwrap();
            assert!(d.to_scalar::<f32>().unwrap() < 1e-4);
        }
        if let Some(got) = linear_gelu(&x, &w, &b).unwrap() {
            let d = (got - want.gelu_erf().unwrap())
                .unwrap()
                .abs()
                .unwrap()
                .max_all()
                .unwrap();
            assert!(d.to_scalar::<f32>().unwrap() < 1e-4);
        }
        // A trainable weight must keep its gradient: the fast path steps aside.
        let v = Var::from_tensor(&w).unwrap();
        assert!(linear(&x, v.as_tensor(), &b).unwrap().is_none());
        assert!(gelu_erf(v.as_tensor()).unwrap().is_none());
    }
}
