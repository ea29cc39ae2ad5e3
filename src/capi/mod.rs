//! The C ABI: the only place with `extern "C"`. Each file translates one area;
//! `boundary` holds the status codes, the error object and the panic guard,
//! `views` the strided array views, `runtime` versioning and threads.

pub mod boundary;
pub mod fft;
pub mod optimize;
pub mod runtime;
pub mod views;
