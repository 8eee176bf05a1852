#include "runbook/TextRepair.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>

namespace rollcage::runbook {

namespace {

// Byte value (0x80..0xFF) that a code unit stood for under a legacy codec; 0 when none.
using ReverseTable = std::array<unsigned char, 0x10000>;

std::unique_ptr<ReverseTable> makeTable(const char16_t (&high)[128])
{
    auto table = std::make_unique<ReverseTable>();
    table->fill(0);
    for (int i = 0; i < 128; ++i) {
        if (high[i] != 0)
            (*table)[high[i]] = static_cast<unsigned char>(0x80 + i);
    }
    return table;
}

const ReverseTable &windows1252()
{
    static const std::unique_ptr<ReverseTable> table = [] {
        // 0x80..0x9F as Windows-1252 defines them; the five holes keep their C1 code,
        // which is how Latin-1 decoders pass them through. 0xA0..0xFF are Latin-1.
        char16_t high[128] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                              0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                              0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                              0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
        for (int i = 0x20; i < 0x80; ++i)
            high[i] = char16_t(0x80 + i);
        auto t = makeTable(high);
        // Windows-1254 (Turkish) differs in six letters; seen in the wild for the same damage.
        const std::pair<char16_t, unsigned char> turkish[] = {{0x011E, 0xD0}, {0x0130, 0xDD},
                                                              {0x015E, 0xDE}, {0x011F, 0xF0},
                                                              {0x0131, 0xFD}, {0x015F, 0xFE}};
        for (const auto &[unit, byte] : turkish)
            (*t)[unit] = byte;
        // Latin-1 decoders also pass the other C1 controls straight through.
        for (char16_t c = 0x80; c < 0xA0; ++c) {
            if ((*t)[c] == 0)
                (*t)[c] = static_cast<unsigned char>(c);
        }
        return t;
    }();
    return *table;
}

const ReverseTable &macRoman()
{
    static const std::unique_ptr<ReverseTable> table = [] {
        const char16_t high[128] = {
            0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1, 0x00E0, 0x00E2, 0x00E4,
            0x00E3, 0x00E5, 0x00E7, 0x00E9, 0x00E8, 0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF,
            0x00F1, 0x00F3, 0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC, 0x2020,
            0x00B0, 0x00A2, 0x00A3, 0x00A7, 0x2022, 0x00B6, 0x00DF, 0x00AE, 0x00A9, 0x2122, 0x00B4,
            0x00A8, 0x2260, 0x00C6, 0x00D8, 0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202,
            0x2211, 0x220F, 0x03C0, 0x222B, 0x00AA, 0x00BA, 0x03A9, 0x00E6, 0x00F8, 0x00BF, 0x00A1,
            0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB, 0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3,
            0x00D5, 0x0152, 0x0153, 0x2013, 0x2014, 0x201C, 0x201D, 0x2018, 0x2019, 0x00F7, 0x25CA,
            0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02, 0x2021, 0x00B7, 0x201A,
            0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1, 0x00CB, 0x00C8, 0x00CD, 0x00CE, 0x00CF, 0x00CC,
            0x00D3, 0x00D4, 0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC, 0x00AF,
            0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7};
        return makeTable(high);
    }();
    return *table;
}

// Decodes one UTF-8 sequence; 0 when invalid (overlong, surrogate, out of range).
char32_t decodeSequence(const unsigned char *b, int n)
{
    char32_t c = 0;
    char32_t min = 0;
    if (n == 2) {
        c = b[0] & 0x1F;
        min = 0x80;
    } else if (n == 3) {
        c = b[0] & 0x0F;
        min = 0x800;
    } else {
        c = b[0] & 0x07;
        min = 0x10000;
    }
    for (int i = 1; i < n; ++i) {
        if ((b[i] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (b[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    return c;
}

int sequenceLength(unsigned char lead)
{
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

// Windows-1252 decoders drop the bytes it leaves undefined, so "❌" (E2 9D 8C) comes
// back as "âŒ". When exactly one byte of a three-byte sequence is missing, try those
// bytes and keep a result in the Dingbats block, where such emoji live.
char32_t recoverDroppedByte(unsigned char lead, unsigned char continuation)
{
    static const unsigned char holes[] = {0x81, 0x8D, 0x8F, 0x90, 0x9D};
    for (const unsigned char hole : holes) {
        for (int at = 1; at <= 2; ++at) {
            const unsigned char seq[3] = {lead, at == 1 ? hole : continuation,
                                          at == 1 ? continuation : hole};
            const char32_t c = decodeSequence(seq, 3);
            if (c >= 0x2700 && c <= 0x27BF)
                return c;
        }
    }
    return 0;
}

struct Pass
{
    QString text;
    int repaired = 0;
    int firstLine = 0;
};

Pass run(const QString &in, const ReverseTable &table, bool write)
{
    Pass pass;
    if (write)
        pass.text.reserve(in.size());
    const qsizetype size = in.size();
    const char16_t *u = reinterpret_cast<const char16_t *>(in.utf16());
    qsizetype firstAt = -1; // the line is counted once, at the end: most text is ASCII
    qsizetype copied = 0;   // text before this index is already in pass.text
    for (qsizetype i = 0; i < size;) {
        // Most text is ASCII: four characters looked at in one test.
        while (i + 4 <= size) {
            quint64 four;
            std::memcpy(&four, u + i, sizeof four);
            if (four & 0xFF80'FF80'FF80'FF80ULL)
                break;
            i += 4;
        }
        if (i >= size)
            break;
        const char16_t c = u[i];
        const unsigned char lead = c < 0x80 ? 0 : table[c];
        const int n = lead ? sequenceLength(lead) : 0;
        if (n == 0) {
            ++i;
            continue;
        }
        unsigned char bytes[4] = {lead, 0, 0, 0};
        int got = 1;
        while (got < n && i + got < size) {
            const char16_t next = u[i + got];
            const unsigned char b = next < 0x80 ? 0 : table[next];
            if ((b & 0xC0) != 0x80)
                break;
            bytes[got++] = b;
        }
        char32_t decoded = got == n ? decodeSequence(bytes, n) : 0;
        if (decoded == 0 && n == 3 && got == 2)
            decoded = recoverDroppedByte(bytes[0], bytes[1]);
        if (decoded == 0) {
            ++i;
            continue;
        }
        if (pass.repaired++ == 0)
            firstAt = i;
        if (write) {
            pass.text.append(QStringView(u + copied, i - copied));
            pass.text.append(QString::fromUcs4(&decoded, 1));
        }
        i += got;
        copied = i;
    }
    if (write)
        pass.text.append(QStringView(u + copied, size - copied));
    if (firstAt >= 0)
        pass.firstLine = int(QStringView(u, firstAt).count(u'\n')) + 1;
    return pass;
}

} // namespace

TextRepair TextRepair::repair(const QString &text)
{
    TextRepair result;
    result.text = text;
    // Pick the codec that explains more of the document, then repair with it alone:
    // mixing them would "repair" correct text by accident.
    // Most runbooks are clean: skip both counting passes when nothing either codec
    // could have produced a lead byte from is present.
    const ReverseTable &latinTable = windows1252();
    const ReverseTable &macTable = macRoman();
    const bool suspicious = std::any_of(text.cbegin(), text.cend(), [&](QChar c) {
        const char16_t u = c.unicode();
        return u >= 0x80 && (latinTable[u] >= 0xC2 || macTable[u] >= 0xC2);
    });
    if (!suspicious)
        return result;
    const Pass latin = run(text, latinTable, false);
    const Pass mac = run(text, macTable, false);
    if (latin.repaired == 0 && mac.repaired == 0)
        return result;
    const bool useMac = mac.repaired > latin.repaired;
    const Pass done = run(text, useMac ? macRoman() : windows1252(), true);
    result.text = done.text;
    result.repaired = done.repaired;
    result.firstLine = done.firstLine;
    result.codecName = useMac ? QStringLiteral("Mac Roman") : QStringLiteral("Windows-1252");
    return result;
}

} // namespace rollcage::runbook
