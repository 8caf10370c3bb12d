//! The tests that drive real third-party programs (LibreOffice, Chromium,
//! Python calendar and schema clients, libfaketime) are compiled as ignored
//! — the summary says "ignored", never "ok" — unless `MENTOR_REAL_CLIENTS`
//! is set, as CI sets it after installing them; then they run and a
//! missing program fails them.

fn main() {
    println!("cargo::rerun-if-env-changed=MENTOR_REAL_CLIENTS");
    println!("cargo::rustc-check-cfg=cfg(real_clients)");
    if std::env::var_os("MENTOR_REAL_CLIENTS").is_some() {
        println!("cargo::rustc-cfg=real_clients");
    }
}
