// SPDX-License-Identifier: GPL-3.0-or-later
// score: scores one instrument's answers with core's definitions and prints the result as one
// line of JSON. It opens no database and signs no one in, so a script or another tool gets the
// totals, bands and flags the app would show without any access to records.
#include "Command.h"
#include "TextTable.h"
#include "instruments/Instrument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stepwise::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise-cli", text);
}

const QString AnswersOption = QStringLiteral("answers");
const QString SexOption = QStringLiteral("sex");
const QString AuditC = QStringLiteral("auditc");
const QString Female = QStringLiteral("female");
const QString Male = QStringLiteral("male");

// The ASAM dimensions and the progress rating are clinician ratings written with narratives:
// a bare list of numbers would record them without the reasons, so only the app scores them.
QStringList scoreableIds()
{
    return { QStringLiteral("phq9"), QStringLiteral("gad7"), QStringLiteral("audit"), AuditC,
        QStringLiteral("dast10"), QStringLiteral("bam") };
}

QString itemsTake(const QString& first, const QString& last, const QString& allowed)
{
    return first == last ? tr("item %1 takes %2").arg(first, allowed)
                         : tr("items %1-%2 take %3").arg(first, last, allowed);
}

// "items 1-8 take 0 to 4; items 9-10 take 0, 2 or 4": consecutive items that accept the same
// values are named once, so the help stays short and follows core's definitions.
QString allowedValues(const InstrumentDefinition& definition)
{
    QStringList parts;
    for (qsizetype i = 0; i < definition.items.size();) {
        const QString allowed = definition.items.at(i).allowedText();
        qsizetype end = i;
        while (end + 1 < definition.items.size()
            && definition.items.at(end + 1).allowedText() == allowed)
            ++end;
        parts << itemsTake(definition.items.at(i).key, definition.items.at(end).key, allowed);
        i = end + 1;
    }
    return parts.join(QStringLiteral("; "));
}

QStringList itemKeys(const InstrumentDefinition& definition)
{
    QStringList keys;
    for (const InstrumentItem& item : definition.items)
        keys << item.key;
    return keys;
}

bool keysAreNumbered(const InstrumentDefinition& definition)
{
    const QStringList keys = itemKeys(definition);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (keys.at(i) != QString::number(i + 1))
            return false;
    }
    return true;
}

QString bandsText(const InstrumentDefinition& definition)
{
    if (definition.id == AuditC)
        return tr("Result: positive at or above the cut-off (3 for female, 4 for male), "
                  "otherwise negative.");
    if (definition.bands.isEmpty())
        return tr("No total and no band; subscales: %1.").arg([&] {
            QStringList keys;
            for (const Subscale& subscale : definition.subscales)
                keys << subscale.key;
            return keys.join(QStringLiteral(", "));
        }());
    QStringList bands;
    for (const Band& band : definition.bands)
        bands << (band.min == band.max ? tr("%1 %2").arg(band.key).arg(band.min)
                                       : tr("%1 %2-%3").arg(band.key).arg(band.min).arg(band.max));
    return tr("Bands: %1.").arg(bands.join(QStringLiteral(", ")));
}

QString instrumentNote(const InstrumentDefinition& definition)
{
    if (definition.id == AuditC)
        return tr(" Needs --sex.");
    if (definition.id == QLatin1String("dast10"))
        return tr(" Give 0 for no and 1 for yes as the person answered; Stepwise reverse-scores "
                  "item 3.");
    return {};
}

QString details()
{
    constexpr int Indent = 10;
    QString text = QLatin1Char('\n')
        + wrapWords(tr("INSTRUMENT is an id or a name (phq9 or PHQ-9). --answers lists one answer "
                       "per item, in the order below:"),
            0);
    for (const QString& id : scoreableIds()) {
        const InstrumentDefinition* definition = Instruments::find(id);
        if (!definition)
            continue;
        QString about = tr("%1, %2 answers").arg(definition->name).arg(definition->items.size());
        if (!keysAreNumbered(*definition))
            about += tr(" in the order %1").arg(itemKeys(*definition).join(QStringLiteral(",")));
        about += QStringLiteral(": ") + allowedValues(*definition) + QLatin1Char('.')
            + instrumentNote(*definition) + QLatin1Char(' ') + bandsText(*definition);
        text += QStringLiteral("  ") + id.leftJustified(Indent - 2) + wrapWords(about, Indent);
    }
    text += QLatin1Char('\n')
        + wrapWords(tr("Prints one line of JSON: \"instrument\" (the id), \"total\" (a number, or "
                       "null for bam), \"band\" (a string, or null when there is none) and "
                       "\"flags\" (the flag keys, such as \"self_harm\"), with \"subscales\", "
                       "\"concern_items\" (bam), \"cutoff\" (auditc) and \"convention\" when they "
                       "apply."),
            0)
        + QLatin1Char('\n')
        + wrapWords(tr("No database is opened and nobody signs in: --db and STEPWISE_DB are not "
                       "used. asam and progress are clinician ratings written with narratives; "
                       "score them in the app."),
            0)
        + QLatin1Char('\n')
        + wrapWords(tr("Exit status: 0 scored; 1 the answers were refused (wrong number of "
                       "answers, a value the item does not take, answers that contradict each "
                       "other), one line per problem naming the item; 2 the command line is wrong "
                       "(unknown or unscoreable instrument, no --answers, an answer that is not a "
                       "whole number, auditc without --sex)."),
            0);
    return text;
}

const InstrumentDefinition* scoreableInstrument(Console& console, const QString& name)
{
    const InstrumentDefinition* definition = Instruments::find(name);
    const QString choices = scoreableIds().join(QStringLiteral(", "));
    if (!definition) {
        console.usage(tr("unknown instrument '%1'; score takes one of: %2").arg(name, choices));
        return nullptr;
    }
    if (!scoreableIds().contains(definition->id)) {
        console.usage(tr("%1 is a clinician rating with narratives and is scored in the app; "
                         "score takes one of: %2")
                          .arg(definition->id, choices));
        return nullptr;
    }
    return definition;
}

// The --sex value, or nullopt after a usage error. AUDIT-C's cut-off depends on it, and core
// would fall back to the women's cut-off: from the command line it must be said, not assumed.
std::optional<QString> parseSex(
    Console& console, const Invocation& invocation, const InstrumentDefinition& definition)
{
    if (!invocation.isSet(SexOption)) {
        if (definition.id == AuditC) {
            console.usage(tr("auditc needs --sex female or --sex male: the cut-off is 3 for "
                             "female and 4 for male"));
            return std::nullopt;
        }
        return QString();
    }
    const QString sex = invocation.value(SexOption).trimmed().toLower();
    if (sex != Female && sex != Male) {
        console.usage(
            tr("--sex expects female or male, not '%1'").arg(invocation.value(SexOption)));
        return std::nullopt;
    }
    if (definition.id != AuditC) {
        console.usage(
            tr("--sex applies to auditc only; %1 does not depend on it").arg(definition.id));
        return std::nullopt;
    }
    return sex;
}

std::optional<Answers> parseAnswers(
    Console& console, const Invocation& invocation, const InstrumentDefinition& definition)
{
    if (!invocation.isSet(AnswersOption)) {
        console.usage(tr("score %1 needs --answers with its %2 answers, comma-separated")
                          .arg(definition.id)
                          .arg(definition.items.size()));
        return std::nullopt;
    }
    const QStringList tokens = invocation.value(AnswersOption).split(QLatin1Char(','));
    Answers answers;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString token = tokens.at(i).trimmed();
        bool ok = false;
        const int value = token.toInt(&ok, 10);
        if (!ok) {
            console.usage(
                tr("answer %1 is '%2', not a whole number").arg(QString::number(i + 1), token));
            return std::nullopt;
        }
        answers.append(value);
    }
    return answers;
}

int refuse(Console& console, const InstrumentDefinition& definition, const Answers& answers,
    const Error& error)
{
    // Several problems get core's summary first; each then has its own line naming the item.
    if (error.fields.size() != 1)
        console.fail(error.message);
    for (const FieldError& field : error.fields)
        console.fail(field.message);
    if (answers.size() != definition.items.size()) {
        console.fail(tr("the answers of %1 go in the order of its items: %2")
                         .arg(definition.id, itemKeys(definition).join(QStringLiteral(","))));
    }
    return Failed;
}

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject toJson(const InstrumentDefinition& definition, const Score& score)
{
    QJsonObject json;
    json.insert(QStringLiteral("instrument"), definition.id);
    json.insert(QStringLiteral("total"),
        score.total ? QJsonValue(*score.total) : QJsonValue(QJsonValue::Null));
    json.insert(QStringLiteral("band"), orNull(score.band));
    QJsonArray flags;
    for (const Flag& flag : score.flags)
        flags.append(flag.key);
    json.insert(QStringLiteral("flags"), flags);
    if (!score.subscales.isEmpty()) {
        QJsonObject subscales;
        for (auto it = score.subscales.cbegin(); it != score.subscales.cend(); ++it)
            subscales.insert(it.key(), it.value());
        json.insert(QStringLiteral("subscales"), subscales);
    }
    if (score.cutoff)
        json.insert(QStringLiteral("cutoff"), *score.cutoff);
    if (!score.convention.isEmpty())
        json.insert(QStringLiteral("convention"), score.convention);
    if (!score.concernItems.isEmpty())
        json.insert(
            QStringLiteral("concern_items"), QJsonArray::fromStringList(score.concernItems));
    return json;
}

int score(Console& console, const Invocation& invocation)
{
    const InstrumentDefinition* definition
        = scoreableInstrument(console, invocation.arguments().first());
    if (!definition)
        return UsageError;
    const std::optional<QString> sex = parseSex(console, invocation, *definition);
    if (!sex)
        return UsageError;
    const std::optional<Answers> answers = parseAnswers(console, invocation, *definition);
    if (!answers)
        return UsageError;

    ScoringContext context;
    context.sex = *sex;
    const Result<Score> result = Instruments::score(*definition, *answers, context);
    if (!result)
        return refuse(console, *definition, *answers, result.error());
    console.write(
        QJsonDocument(toJson(*definition, *result)).toJson(QJsonDocument::Compact) + '\n');
    return Success;
}

} // namespace

QList<Command> scoreCommands()
{
    return {
        { { QStringLiteral("score") },
            tr("Score a questionnaire's answers and print the result as JSON (no database, no "
               "sign-in)."),
            {
                { QStringList { AnswersOption },
                    tr("The answers in item order: comma-separated whole numbers, spaces around "
                       "the commas allowed (0,1,0,2,0,0,1,0,0)."),
                    tr("A,B,C,...") },
                { QStringList { SexOption },
                    tr("female or male: the AUDIT-C cut-off is 3 for female and 4 for male. "
                       "Required for auditc, refused for the other instruments."),
                    tr("SEX") },
            },
            { tr("INSTRUMENT") }, score, false, details() },
    };
}

} // namespace stepwise::cli
