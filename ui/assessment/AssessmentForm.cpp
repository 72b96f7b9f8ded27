// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessmentForm.h"

#include "common/Format.h"
#include "common/PlainLabel.h"
#include "reports/BandColors.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace stepwise {

namespace {

const char* const InvalidProperty = "invalid";

QString legend(const QList<ResponseOption>& options)
{
    QStringList parts;
    for (const ResponseOption& o : options)
        parts.append(QStringLiteral("%1 = %2").arg(o.value).arg(o.label));
    return parts.join(QStringLiteral("   \u00B7   "));
}

} // namespace

AssessmentForm::AssessmentForm(const InstrumentDefinition& definition, QWidget* parent)
    : QWidget(parent)
    , m_definition(definition)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* intro = new QLabel(m_definition.timeFrame, this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (m_definition.sharesOptions()) {
        // One legend for the whole form instead of the same four words on every row.
        auto* key = new QLabel(legend(m_definition.items.first().options), this);
        key->setObjectName(QStringLiteral("optionLegend"));
        key->setWordWrap(true);
        QFont bold = key->font();
        bold.setBold(true);
        key->setFont(bold);
        layout->addWidget(key);
    }

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 2);
    int row = 0;
    for (const InstrumentItem& item : m_definition.items) {
        addItemRow(grid, row, item);
        row += item.narrative ? 2 : 1;
    }
    layout->addLayout(grid);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("scoreResult"));
    QFont big = m_result->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_result->setFont(big);
    m_flags = new QLabel(this);
    m_flags->setObjectName(QStringLiteral("scoreFlags"));
    m_flags->setWordWrap(true);
    m_flags->setTextFormat(Qt::PlainText);
    layout->addSpacing(6);
    layout->addWidget(m_result);
    layout->addWidget(m_flags);
    layout->addStretch(1);

    for (int i = 1; i < m_tabOrder.size(); ++i)
        setTabOrder(m_tabOrder.at(i - 1), m_tabOrder.at(i));
    rescore();
}

void AssessmentForm::addItemRow(QGridLayout* grid, int row, const InstrumentItem& item)
{
    auto* number = new QLabel(item.key + QLatin1Char('.'), this);
    number->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* label = new PlainLabel(item.label, this);
    label->setWordWrap(true);

    auto* entry = new QLineEdit(this);
    entry->setObjectName(QStringLiteral("item_") + item.key);
    // Digits only, at most two: every answer is a whole number from 0 to 30.
    entry->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,2}")), entry));
    entry->setMaxLength(2);
    entry->setAlignment(Qt::AlignCenter);
    entry->setFixedWidth(fontMetrics().horizontalAdvance(QStringLiteral("000")) + 16);
    entry->setAccessibleName(tr("Item %1: %2").arg(item.key, item.label));
    entry->setToolTip(tr("Allowed: %1").arg(item.allowedText()));
    label->setBuddy(entry);

    auto* hint = new QLabel(this);
    hint->setObjectName(QStringLiteral("hint_") + item.key);
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    hint->setMinimumWidth(fontMetrics().averageCharWidth() * 24);

    grid->addWidget(number, row, 0);
    grid->addWidget(label, row, 1);
    grid->addWidget(entry, row, 2);
    grid->addWidget(hint, row, 3);
    m_entries.insert(item.key, entry);
    m_hints.insert(item.key, hint);
    m_tabOrder.append(entry);
    showItemState(item, {});

    connect(entry, &QLineEdit::textEdited, this, [this] {
        m_modified = true;
        rescore();
        emit changed();
    });

    if (item.narrative) {
        auto* text = new QPlainTextEdit(this);
        text->setObjectName(QStringLiteral("narrative_") + item.key);
        text->setTabChangesFocus(true); // Tab goes on to the next dimension, as everywhere else
        text->setPlaceholderText(
            tr("Narrative for dimension %1: what the rating rests on").arg(item.key));
        text->setAccessibleName(tr("Narrative for dimension %1").arg(item.key));
        text->setFixedHeight(fontMetrics().lineSpacing() * 3 + 12);
        grid->addWidget(text, row + 1, 1, 1, 3);
        m_narratives.insert(item.key, text);
        m_tabOrder.append(text);
        connect(text, &QPlainTextEdit::textChanged, this, [this] {
            if (m_filling)
                return;
            m_modified = true;
            emit changed();
        });
    }
}

void AssessmentForm::showItemState(const InstrumentItem& item, const QString& error)
{
    QLineEdit* entry = m_entries.value(item.key);
    QLabel* hint = m_hints.value(item.key);
    if (!entry || !hint)
        return;
    const bool invalid = !error.isEmpty();
    entry->setProperty(InvalidProperty, invalid);
    entry->setStyleSheet(
        invalid ? QStringLiteral("QLineEdit { border: 2px solid #b91c1c; }") : QString());
    QPalette palette = hint->palette();
    palette.setColor(QPalette::WindowText,
        invalid ? QColor(0xb9, 0x1c, 0x1c) : palette.color(QPalette::PlaceholderText));
    hint->setPalette(palette);
    if (invalid) {
        hint->setText(error);
        return;
    }
    bool ok = false;
    const int value = entry->text().toInt(&ok);
    if (!ok) {
        // Before an answer: what the item takes (the legend covers shared options).
        hint->setText(item.isRange()           ? tr("days, %1").arg(item.allowedText())
                : m_definition.sharesOptions() ? QString()
                                               : legend(item.options));
        return;
    }
    if (item.isRange()) {
        hint->setText(Format::days(value));
        return;
    }
    for (const ResponseOption& o : item.options) {
        if (o.value == value)
            hint->setText(o.label);
    }
}

Answers AssessmentForm::answers() const
{
    Answers list;
    for (const InstrumentItem& item : m_definition.items) {
        bool ok = false;
        const int value = m_entries.value(item.key)->text().toInt(&ok);
        list.append(ok ? std::optional<int>(value) : std::nullopt);
    }
    return list;
}

void AssessmentForm::setAnswers(const Answers& answers)
{
    for (int i = 0; i < m_definition.items.size(); ++i) {
        const std::optional<int> a = answers.value(i);
        m_entries.value(m_definition.items.at(i).key)->setText(a ? QString::number(*a) : QString());
    }
    rescore();
}

QStringList AssessmentForm::narratives() const
{
    QStringList list;
    for (const InstrumentItem& item : m_definition.items) {
        QPlainTextEdit* text = m_narratives.value(item.key);
        list.append(text ? text->toPlainText().trimmed() : QString());
    }
    return list;
}

void AssessmentForm::setNarratives(const QStringList& narratives)
{
    m_filling = true;
    for (int i = 0; i < m_definition.items.size(); ++i) {
        if (QPlainTextEdit* text = m_narratives.value(m_definition.items.at(i).key))
            text->setPlainText(narratives.value(i));
    }
    m_filling = false;
}

void AssessmentForm::setScoringContext(const ScoringContext& context)
{
    m_context = context;
    rescore();
}

QWidget* AssessmentForm::firstField() const
{
    return m_tabOrder.value(0);
}

QWidget* AssessmentForm::lastField() const
{
    return m_tabOrder.isEmpty() ? nullptr : m_tabOrder.last();
}

QList<FieldError> AssessmentForm::showErrors(const QList<FieldError>& errors)
{
    QList<FieldError> rest;
    QHash<QString, QString> byItem;
    for (const FieldError& e : errors) {
        if (m_entries.contains(e.field))
            byItem.insert(e.field, e.message);
        else if (e.field.startsWith(QLatin1String("narrative."))
            && m_narratives.contains(e.field.mid(10))) {
            QPlainTextEdit* text = m_narratives.value(e.field.mid(10));
            text->setStyleSheet(QStringLiteral("QPlainTextEdit { border: 2px solid #b91c1c; }"));
            text->setToolTip(e.message);
            rest.append(e); // also listed above the form: a narrative has no label of its own
        } else {
            rest.append(e);
        }
    }
    for (const InstrumentItem& item : m_definition.items)
        showItemState(item, byItem.value(item.key));
    return rest;
}

void AssessmentForm::rescore()
{
    const Answers current = answers();
    auto result = Instruments::score(m_definition, current, m_context);
    QHash<QString, QString> problems;
    int unanswered = 0;
    if (!result) {
        for (const FieldError& e : result.error().fields) {
            const int i = m_definition.indexOf(e.field);
            if (i >= 0 && !current.value(i))
                ++unanswered; // not an error while the clinician is still typing
            else
                problems.insert(e.field, e.message);
        }
    }
    for (const InstrumentItem& item : m_definition.items)
        showItemState(item, problems.value(item.key));
    for (QPlainTextEdit* text : std::as_const(m_narratives))
        text->setStyleSheet(QString());

    m_score.reset();
    QPalette palette = m_result->palette();
    palette.setColor(QPalette::WindowText, this->palette().color(QPalette::WindowText));
    if (result) {
        m_score = result.value();
        const Score& s = *m_score;
        QString text;
        if (s.total) {
            text = s.bandLabel.isEmpty()
                ? tr("Total %1 of %2").arg(*s.total).arg(m_definition.maxTotal)
                : tr("Total %1 of %2: %3")
                      .arg(*s.total)
                      .arg(m_definition.maxTotal)
                      .arg(s.bandLabel);
        } else if (!m_definition.subscales.isEmpty()) {
            QStringList parts;
            for (const Subscale& sub : m_definition.subscales)
                parts.append(
                    tr("%1 %2 of %3").arg(sub.label).arg(s.subscales.value(sub.key)).arg(sub.max));
            text = parts.join(QStringLiteral("   \u00B7   "));
        } else {
            text = tr("All items answered");
        }
        m_result->setText(text);
        if (!s.band.isEmpty())
            palette.setColor(QPalette::WindowText, BandColors::text(s.bandLevel));
    } else {
        int partial = 0;
        for (int i = 0; i < current.size(); ++i) {
            const InstrumentItem& item = m_definition.items.at(i);
            if (current.at(i) && item.accepts(*current.at(i)) && item.scored)
                partial += item.pointsFor(*current.at(i));
        }
        const int wrong = int(problems.size());
        QStringList parts;
        if (m_definition.hasTotal)
            parts.append(tr("Total so far %1").arg(partial));
        if (unanswered > 0)
            parts.append(unanswered == 1 ? tr("1 item not answered")
                                         : tr("%1 items not answered").arg(unanswered));
        if (wrong > 0)
            parts.append(wrong == 1 ? tr("1 answer out of range")
                                    : tr("%1 answers out of range").arg(wrong));
        m_result->setText(parts.join(QStringLiteral(", ")));
        if (wrong > 0)
            palette.setColor(QPalette::WindowText, QColor(0xb9, 0x1c, 0x1c));
    }
    m_result->setPalette(palette);

    QStringList flagText;
    bool safety = false;
    if (m_score) {
        for (const Flag& f : m_score->flags) {
            flagText.append(
                (f.safety ? QStringLiteral("\u26A0 ") : QStringLiteral("\u2022 ")) + f.message);
            safety = safety || f.safety;
        }
        if (!m_score->concernItems.isEmpty())
            flagText.append(tr("\u2022 Items to review: %1")
                                .arg(m_score->concernItems.join(QStringLiteral(", "))));
    }
    m_flags->setText(flagText.join(QLatin1Char('\n')));
    QPalette flagsPalette = m_flags->palette();
    flagsPalette.setColor(QPalette::WindowText,
        safety ? QColor(0xb9, 0x1c, 0x1c) : palette.color(QPalette::WindowText).darker(100));
    if (!safety)
        flagsPalette.setColor(QPalette::WindowText, this->palette().color(QPalette::WindowText));
    m_flags->setPalette(flagsPalette);
    m_flags->setVisible(!flagText.isEmpty());
}

} // namespace stepwise
