/* A test-harness shim, never shipped: Rust's std (1.78+) imports
 * ProcessPrng from bcryptprimitives.dll, which Debian 12's Wine 8 lacks.
 * Windows 10 and later have it; under Wine it is RtlGenRandom. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    return SystemFunction036(data, (ULONG)length);
}
