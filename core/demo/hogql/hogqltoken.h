#pragma once

#include <QString>

enum class HogQLTokenKind { End, Identifier, Number, String, Symbol };

// One lexical token of a HogQL query; start and end are character offsets into the input.
struct HogQLToken
{
    HogQLTokenKind kind = HogQLTokenKind::End;
    QString text; // quoted text and identifiers without their quotes, escapes resolved
    int start = 0;
    int end = 0;
};
