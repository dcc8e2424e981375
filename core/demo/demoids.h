#pragma once

#include <QByteArray>
#include <QtGlobal>

// Deterministic ids for the demo's generated rows: the same seed gives the same ids, at a
// fraction of the cost of name-based (SHA-1) UUIDs. Shared by every generator so ids from one
// never collide in shape with another's.
namespace DemoIds {
// SplitMix64's finaliser: spreads consecutive inputs over all 64 bits.
quint64 mix(quint64 x);
// A version-4-shaped UUID ("xxxxxxxx-xxxx-4xxx-[89ab]xxx-xxxxxxxxxxxx") from two 64-bit values.
QByteArray uuid(quint64 a, quint64 b);
} // namespace DemoIds
