// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosisListCodec.h"

#include <QCoreApplication>

namespace stepwise::DiagnosisListCodec {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::DiagnosisListCodec", text);
}

constexpr QChar Separator = QLatin1Char(';');
constexpr QChar Escape = QLatin1Char('\\');
constexpr QChar Open = QLatin1Char('[');
constexpr QChar Close = QLatin1Char(']');

bool isSpecial(QChar c)
{
    return c == Separator || c == Escape || c == Open || c == Close;
}

QString escaped(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (isSpecial(c))
            out += Escape;
        out += c;
    }
    return out;
}

Error refused(int item, const QString& reason)
{
    return Error::validation({ { QStringLiteral("diagnoses"),
        tr("Diagnosis %1: %2 Write each as CODE description [severity], separated by \";\".")
            .arg(item)
            .arg(reason) } });
}

// One unescaped item: `body` holds the code and description with escapes resolved, `severity`
// the text between the brackets (null when there were none).
struct RawItem
{
    QString body;
    QString severity;
    bool hasSeverity = false;
    bool textAfterSeverity = false;
    bool strayClose = false;
    bool secondOpen = false;
};

Result<Diagnosis> toDiagnosis(const RawItem& raw, int item)
{
    if (raw.strayClose)
        return refused(item, tr("\"]\" without \"[\" (write \\] for a literal one)."));
    if (raw.secondOpen)
        return refused(item, tr("a second \"[\" (write \\[ for a literal one)."));
    if (raw.hasSeverity && raw.textAfterSeverity)
        return refused(item, tr("text after the [severity], which must come last."));

    Diagnosis d;
    const QString body = raw.body.trimmed();
    qsizetype split = 0;
    while (split < body.size() && !body.at(split).isSpace())
        ++split;
    d.icd10Code = body.left(split);
    d.description = body.mid(split).trimmed();
    if (d.icd10Code.isEmpty())
        return refused(item, tr("the ICD-10-CM code is missing."));
    if (raw.hasSeverity) {
        const auto severity = parseSeverity(raw.severity);
        if (!severity)
            return refused(item,
                tr("\"%1\" is not a severity (mild, moderate, severe or unspecified).")
                    .arg(raw.severity.trimmed()));
        d.severity = *severity;
    }
    return d;
}

} // namespace

QString encode(const QList<Diagnosis>& diagnoses)
{
    QStringList items;
    for (const Diagnosis& d : diagnoses) {
        QString item = escaped(d.icd10Code);
        if (!d.description.isEmpty())
            item += QLatin1Char(' ') + escaped(d.description);
        if (d.severity != Severity::Unspecified)
            item += QStringLiteral(" [") + storageKey(d.severity) + Close;
        items << item;
    }
    return items.join(QStringLiteral("; "));
}

Result<QList<Diagnosis>> decode(const QString& text)
{
    QList<Diagnosis> out;
    RawItem raw;
    bool inSeverity = false;
    bool itemHasText = false;
    int item = 1;

    auto finish = [&]() -> std::optional<Error> {
        if (inSeverity)
            return refused(item, tr("\"[\" without \"]\"."));
        if (itemHasText) {
            auto d = toDiagnosis(raw, item);
            if (!d)
                return d.error();
            out.append(d.value());
            ++item;
        }
        raw = {};
        itemHasText = false;
        return std::nullopt;
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        QChar c = text.at(i);
        const bool escapedChar = c == Escape && i + 1 < text.size() && isSpecial(text.at(i + 1));
        if (escapedChar)
            c = text.at(++i);
        if (!escapedChar && c == Separator && !inSeverity) {
            if (auto error = finish())
                return *error;
            continue;
        }
        if (!c.isSpace())
            itemHasText = true;
        if (escapedChar && inSeverity) {
            raw.severity += c;
        } else if (escapedChar && raw.hasSeverity) {
            raw.textAfterSeverity = true;
        } else if (escapedChar) {
            raw.body += c;
        } else if (c == Open) {
            raw.secondOpen = raw.secondOpen || raw.hasSeverity;
            raw.hasSeverity = true;
            inSeverity = true;
        } else if (c == Close) {
            raw.strayClose = raw.strayClose || !inSeverity;
            inSeverity = false;
        } else if (inSeverity) {
            raw.severity += c;
        } else if (raw.hasSeverity) {
            raw.textAfterSeverity = raw.textAfterSeverity || !c.isSpace();
        } else {
            raw.body += c;
        }
    }
    if (auto error = finish())
        return *error;
    return out;
}

} // namespace stepwise::DiagnosisListCodec
