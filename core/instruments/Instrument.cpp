// SPDX-License-Identifier: GPL-3.0-or-later
#include "Instrument.h"

#include "InstrumentDefinitions.h"

namespace stepwise {

using InstrumentDefinitions::tr;

bool InstrumentItem::accepts(int value) const
{
    if (isRange())
        return value >= minValue && value <= maxValue;
    for (const ResponseOption& o : options) {
        if (o.value == value)
            return true;
    }
    return false;
}

int InstrumentItem::pointsFor(int value) const
{
    if (isRange())
        return recode ? recode(value) : value;
    for (const ResponseOption& o : options) {
        if (o.value == value)
            return o.points;
    }
    return 0;
}

QString InstrumentItem::allowedText() const
{
    if (isRange())
        return tr("%1 to %2").arg(minValue).arg(maxValue);
    QStringList values;
    for (const ResponseOption& o : options)
        values.append(QString::number(o.value));
    // Consecutive values read better as a range: "0 to 3" rather than "0, 1, 2 or 3".
    bool consecutive = options.size() > 2;
    for (int i = 1; consecutive && i < options.size(); ++i)
        consecutive = options.at(i).value == options.at(i - 1).value + 1;
    if (consecutive)
        return tr("%1 to %2").arg(options.first().value).arg(options.last().value);
    if (values.size() == 1)
        return values.first();
    const QString last = values.takeLast();
    return tr("%1 or %2").arg(values.join(QStringLiteral(", ")), last);
}

bool Score::hasSafetyFlag() const
{
    for (const Flag& f : flags) {
        if (f.safety)
            return true;
    }
    return false;
}

const Band* InstrumentDefinition::bandFor(int total) const
{
    for (const Band& b : bands) {
        if (total >= b.min && total <= b.max)
            return &b;
    }
    return nullptr;
}

int InstrumentDefinition::indexOf(const QString& itemKey) const
{
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).key.compare(itemKey, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

bool InstrumentDefinition::sharesOptions() const
{
    if (items.isEmpty() || items.first().isRange())
        return false;
    const QList<ResponseOption>& first = items.first().options;
    for (const InstrumentItem& item : items) {
        if (item.options.size() != first.size())
            return false;
        for (int i = 0; i < first.size(); ++i) {
            if (item.options.at(i).value != first.at(i).value
                || item.options.at(i).label != first.at(i).label)
                return false;
        }
    }
    return true;
}

namespace InstrumentDefinitions {

QList<ResponseOption> scale(const QStringList& labels)
{
    QList<ResponseOption> list;
    for (int i = 0; i < labels.size(); ++i)
        list.append({ i, i, labels.at(i) });
    return list;
}

QList<ResponseOption> yesNo(int noPoints, int yesPoints)
{
    return { { 0, noPoints, tr("No") }, { 1, yesPoints, tr("Yes") } };
}

InstrumentItem item(const QString& key, const QString& label, const QList<ResponseOption>& options)
{
    InstrumentItem i;
    i.key = key;
    i.label = label;
    i.options = options;
    return i;
}

InstrumentItem dayCountItem(
    const QString& key, const QString& label, std::function<int(int)> recode)
{
    InstrumentItem i;
    i.key = key;
    i.label = label;
    i.minValue = 0;
    i.maxValue = 30;
    i.recode = std::move(recode);
    return i;
}

int pointsOf(const InstrumentDefinition& d, const Answers& a, const QString& key)
{
    const int i = d.indexOf(key);
    if (i < 0 || i >= a.size() || !a.at(i))
        return 0;
    return d.items.at(i).pointsFor(*a.at(i));
}

int valueOf(const InstrumentDefinition& d, const Answers& a, const QString& key)
{
    const int i = d.indexOf(key);
    if (i < 0 || i >= a.size() || !a.at(i))
        return 0;
    return *a.at(i);
}

} // namespace InstrumentDefinitions

namespace Instruments {

const QList<InstrumentDefinition>& all()
{
    using namespace InstrumentDefinitions;
    static const QList<InstrumentDefinition> list = { phq9(), gad7(), audit(), auditC(), dast10(),
        bam(), asamDimensions(), progressRating() };
    return list;
}

const InstrumentDefinition* find(const QString& idOrName)
{
    const QString wanted = idOrName.trimmed();
    for (const InstrumentDefinition& d : all()) {
        if (d.id.compare(wanted, Qt::CaseInsensitive) == 0
            || d.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return &d;
    }
    return nullptr;
}

QStringList ids()
{
    QStringList list;
    for (const InstrumentDefinition& d : all())
        list.append(d.id);
    return list;
}

QString itemName(const QString& key)
{
    return tr("Item %1").arg(key);
}

Result<Score> score(
    const InstrumentDefinition& definition, const Answers& answers, const ScoringContext& context)
{
    if (answers.size() != definition.items.size()) {
        return Error::validation({ { QStringLiteral("answers"),
            tr("%1 has %2 items; %3 answers were given.")
                .arg(definition.name)
                .arg(definition.items.size())
                .arg(answers.size()) } });
    }
    QList<FieldError> problems;
    for (int i = 0; i < answers.size(); ++i) {
        const InstrumentItem& item = definition.items.at(i);
        if (!answers.at(i)) {
            problems.append({ item.key, tr("%1 is not answered.").arg(itemName(item.key)) });
        } else if (!item.accepts(*answers.at(i))) {
            problems.append({ item.key,
                tr("%1 takes %2, not %3.")
                    .arg(itemName(item.key), item.allowedText())
                    .arg(*answers.at(i)) });
        }
    }
    if (problems.isEmpty() && definition.crossCheck)
        problems = definition.crossCheck(definition, answers);
    if (!problems.isEmpty()) {
        Error e = Error::validation(problems);
        if (problems.size() > 1)
            e.message = tr("%1 cannot be scored: %2 items need attention.")
                            .arg(definition.name)
                            .arg(problems.size());
        return e;
    }

    Score s;
    s.convention = definition.convention;
    if (definition.hasTotal) {
        int total = 0;
        for (int i = 0; i < answers.size(); ++i) {
            if (definition.items.at(i).scored)
                total += definition.items.at(i).pointsFor(*answers.at(i));
        }
        s.total = total;
        if (const Band* band = definition.bandFor(total)) {
            s.band = band->key;
            s.bandLabel = band->label;
            s.bandLevel = band->level;
        }
    }
    for (const Subscale& sub : definition.subscales) {
        int sum = 0;
        for (const QString& key : sub.items)
            sum += InstrumentDefinitions::pointsOf(definition, answers, key);
        s.subscales.insert(sub.key, sum);
    }
    if (definition.interpret)
        definition.interpret(definition, answers, context, s);
    return s;
}

} // namespace Instruments
} // namespace stepwise
