/// mimalloc: a million registry rows are millions of small allocations,
/// which glibc's allocator spends much of its time coalescing.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    mentor::run(std::env::args_os())
}
