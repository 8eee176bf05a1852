#include "execution/ShellDeclarations.h"

namespace rollcage::execution {

namespace {

// A cursor over the dump. Every read checks the end: the dump comes from a step's
// process and may stop anywhere.
struct Cursor
{
    QByteArrayView text;
    qsizetype at = 0;

    bool atEnd() const { return at >= text.size(); }
    char peek(qsizetype ahead = 0) const
    {
        return at + ahead < text.size() ? text.at(at + ahead) : '\0';
    }
    bool take(QByteArrayView word)
    {
        if (!text.sliced(at).startsWith(word))
            return false;
        at += word.size();
        return true;
    }
    void skipLine()
    {
        while (!atEnd() && text.at(at) != '\n')
            ++at;
        ++at;
    }
};

bool isOctal(char c)
{
    return c >= '0' && c <= '7';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// "…": bash escapes only $ ` " \ (and a newline, as a continuation).
bool readDoubleQuoted(Cursor &c, QByteArray &out)
{
    ++c.at; // the opening quote
    while (!c.atEnd()) {
        const char ch = c.text.at(c.at++);
        if (ch == '"')
            return true;
        if (ch == '\\' && !c.atEnd()) {
            const char next = c.peek();
            if (next == '$' || next == '`' || next == '"' || next == '\\' || next == '\n') {
                ++c.at;
                if (next != '\n')
                    out.append(next);
                continue;
            }
        }
        out.append(ch);
    }
    return false;
}

// $'…': ANSI-C escapes, which bash uses for values with control characters.
bool readAnsiC(Cursor &c, QByteArray &out)
{
    c.at += 2; // $'
    while (!c.atEnd()) {
        const char ch = c.text.at(c.at++);
        if (ch == '\'')
            return true;
        if (ch != '\\') {
            out.append(ch);
            continue;
        }
        if (c.atEnd())
            return false;
        const char e = c.text.at(c.at++);
        switch (e) {
        case 'a': out.append('\a'); break;
        case 'b': out.append('\b'); break;
        case 'e':
        case 'E': out.append('\x1b'); break;
        case 'f': out.append('\f'); break;
        case 'n': out.append('\n'); break;
        case 'r': out.append('\r'); break;
        case 't': out.append('\t'); break;
        case 'v': out.append('\v'); break;
        case 'x': {
            int value = 0;
            int digits = 0;
            for (; digits < 2 && hexValue(c.peek()) >= 0; ++digits)
                value = value * 16 + hexValue(c.text.at(c.at++));
            if (digits == 0)
                out.append("\\x");
            else
                out.append(char(value));
            break;
        }
        case 'c':
            if (c.atEnd())
                return false;
            out.append(char(c.text.at(c.at++) & 0x1f));
            break;
        default:
            if (isOctal(e)) {
                int value = e - '0';
                for (int digits = 1; digits < 3 && isOctal(c.peek()); ++digits)
                    value = value * 8 + (c.text.at(c.at++) - '0');
                out.append(char(value & 0xff));
            } else {
                out.append(e); // \\ \' \" \? and anything bash did not mean to escape
            }
        }
    }
    return false;
}

// One word: "…", $'…' or bare (up to a blank, ']' , ')' or the end of the line).
bool readWord(Cursor &c, QByteArray &out)
{
    if (c.peek() == '"')
        return readDoubleQuoted(c, out);
    if (c.peek() == '$' && c.peek(1) == '\'')
        return readAnsiC(c, out);
    while (!c.atEnd()) {
        const char ch = c.peek();
        if (ch == ' ' || ch == '\n' || ch == ')' || ch == ']')
            break;
        if (ch == '\\' && c.at + 1 < c.text.size())
            ++c.at;
        out.append(c.text.at(c.at++));
    }
    return true;
}

// ([0]="a" [1]="b"): element 0, if any. Associative arrays are read the same way, so a
// key "0" would be taken; callers leave associative arrays out.
bool readArray(Cursor &c, ShellDeclaration &d)
{
    ++c.at; // (
    while (!c.atEnd()) {
        while (c.peek() == ' ')
            ++c.at;
        if (c.peek() == ')') {
            ++c.at;
            return true;
        }
        if (c.peek() != '[')
            return false;
        ++c.at;
        QByteArray key;
        if (!readWord(c, key) || c.peek() != ']' || c.peek(1) != '=')
            return false;
        c.at += 2;
        QByteArray value;
        if (!readWord(c, value))
            return false;
        if (key == "0" && !d.hasValue) {
            d.hasValue = true;
            d.value = QString::fromUtf8(value);
        }
    }
    return false;
}

} // namespace

QHash<QString, ShellDeclaration> parseDeclarations(QByteArrayView text)
{
    QHash<QString, ShellDeclaration> declarations;
    Cursor c{text};
    while (!c.atEnd()) {
        const qsizetype lineStart = c.at;
        if (!c.take("declare -")) {
            c.skipLine();
            continue;
        }
        ShellDeclaration d;
        while (!c.atEnd() && c.peek() != ' ' && c.peek() != '\n')
            d.attributes.append(c.text.at(c.at++));
        if (!c.take(" ")) {
            c.skipLine();
            continue;
        }
        const qsizetype nameStart = c.at;
        while (!c.atEnd() && c.peek() != '=' && c.peek() != '\n')
            ++c.at;
        const QString name = QString::fromUtf8(c.text.sliced(nameStart, c.at - nameStart));
        bool complete = true;
        if (c.peek() == '=') {
            ++c.at;
            if (c.peek() == '(') {
                complete = readArray(c, d);
            } else {
                QByteArray value;
                complete = readWord(c, value);
                d.hasValue = true;
                d.value = QString::fromUtf8(value);
            }
        }
        // Every declaration ends its line; one that does not was cut short.
        if (!complete || c.peek() != '\n') {
            if (c.atEnd())
                break;
            c.at = lineStart;
            c.skipLine();
            continue;
        }
        ++c.at;
        if (!name.isEmpty())
            declarations.insert(name, d);
    }
    return declarations;
}

} // namespace rollcage::execution
