#include "demoids.h"

quint64 DemoIds::mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

QByteArray DemoIds::uuid(quint64 a, quint64 b)
{
    a = (a & 0xffffffffffff0fffULL) | 0x0000000000004000ULL;
    b = (b & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
    static const char hex[] = "0123456789abcdef";
    QByteArray out(36, Qt::Uninitialized);
    char *p = out.data();
    auto put = [&p](quint64 value, int nibbles) {
        for (int i = nibbles - 1; i >= 0; --i)
            *p++ = hex[(value >> (4 * i)) & 0xf];
    };
    put(a >> 32, 8), *p++ = '-', put(a >> 16, 4), *p++ = '-', put(a, 4), *p++ = '-', put(b >> 48, 4), *p++ = '-', put(b, 12);
    return out;
}
