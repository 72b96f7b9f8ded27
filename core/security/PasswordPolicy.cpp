// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordPolicy.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QRegularExpression>
#include <vector>
#include <zxcvbn.h>

namespace stepwise::PasswordPolicy {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::PasswordPolicy", text);
}

// Names split into words ("Dana Whitfield-Ortiz" gives dana, whitfield, ortiz), at least three
// letters each, lower-case as zxcvbn compares.
QList<QByteArray> dictionaryWords(const QStringList& personal)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QList<QByteArray> words;
    for (const QString& text : personal) {
        for (const QString& word : text.split(separators, Qt::SkipEmptyParts)) {
            if (word.size() >= 3)
                words.append(word.toLower().toUtf8());
        }
        if (text.size() >= 3)
            words.append(text.toLower().toUtf8());
    }
    return words;
}

// The kind of match that explains most of the password: the plain reason to give.
QString weakestReason(const ZxcMatch_t* info, int length)
{
    int personal = 0, dictionary = 0, pattern = 0, dates = 0;
    for (const ZxcMatch_t* m = info; m; m = m->Next) {
        switch (ZxcTypeMatch_t(m->Type & ~MULTIPLE_MATCH)) {
        case USER_MATCH:
        case USER_LEET_MATCH:
            personal += m->Length;
            break;
        case DICTIONARY_MATCH:
        case DICT_LEET_MATCH:
            dictionary += m->Length;
            break;
        case REPEATS_MATCH:
        case SEQUENCE_MATCH:
        case SPATIAL_MATCH:
            pattern += m->Length;
            break;
        case DATE_MATCH:
        case YEAR_MATCH:
            dates += m->Length;
            break;
        default:
            break;
        }
    }
    if (personal > 0)
        return tr("It contains your name or user name, which others can guess.");
    if (dictionary * 2 >= length)
        return tr("It is mostly common words or a common password.");
    if (pattern * 2 >= length)
        return tr("It is mostly a keyboard pattern, a sequence or repeated characters.");
    if (dates * 2 >= length)
        return tr("It is mostly dates or years.");
    if (dictionary > 0)
        return tr("It leans on common words; add more unrelated words or characters.");
    return tr("It is too easy to guess; make it longer, for example several unrelated words.");
}

} // namespace

PasswordVerdict judge(const QString& password, const QStringList& personalWords)
{
    PasswordVerdict verdict;
    // Characters as people count them, not UTF-16 units.
    const qsizetype length = password.toUcs4().size();
    if (length < MinimumLength) {
        verdict.reason = tr("It is too short: use at least %1 characters.").arg(MinimumLength);
        return verdict;
    }
    const QList<QByteArray> words = dictionaryWords(personalWords);
    std::vector<const char*> dictionary;
    for (const QByteArray& w : words)
        dictionary.push_back(w.constData());
    dictionary.push_back(nullptr);

    const QByteArray utf8 = password.toUtf8();
    ZxcMatch_t* info = nullptr;
    verdict.entropyBits = ZxcvbnMatch(utf8.constData(), dictionary.data(), &info);
    verdict.acceptable = verdict.entropyBits >= MinimumEntropyBits;
    if (!verdict.acceptable)
        verdict.reason = weakestReason(info, int(utf8.size()));
    ZxcvbnFreeInfo(info);
    return verdict;
}

} // namespace stepwise::PasswordPolicy
