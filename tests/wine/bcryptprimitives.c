/* For the Windows test under Wine only (tests/windows.sh), never shipped: Debian 12's Wine 8.0
 * has no bcryptprimitives.dll, which every Windows since 10 has and Rust's standard library
 * asks for its random numbers (ProcessPrng). This stand-in gives them from RtlGenRandom. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
