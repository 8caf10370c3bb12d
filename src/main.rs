fn main() -> std::process::ExitCode {
    mentor::run(std::env::args_os())
}
