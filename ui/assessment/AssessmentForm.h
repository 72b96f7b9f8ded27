// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/Instrument.h"

#include <QHash>
#include <QWidget>
#include <optional>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace stepwise {

// The items of one instrument as a form built from its definition: one small field per item
// that takes digits only, so a clinician enters a questionnaire with digits and Tab. The total,
// band and flags are recomputed with every keystroke by core's scoring; an item out of range is
// named beside it at once. Narrative fields follow the items that take one (ASAM).
class AssessmentForm : public QWidget
{
    Q_OBJECT
public:
    explicit AssessmentForm(const InstrumentDefinition& definition, QWidget* parent = nullptr);

    const InstrumentDefinition& definition() const { return m_definition; }
    Answers answers() const;
    void setAnswers(const Answers& answers);
    QStringList narratives() const;
    void setNarratives(const QStringList& narratives);
    void setScoringContext(const ScoringContext& context);
    bool isModified() const { return m_modified; }

    // Errors from core keyed by item key ("9") or "narrative.N"; the rest are returned.
    QList<FieldError> showErrors(const QList<FieldError>& errors);
    // The score of complete, valid answers; nullopt while anything is missing or wrong.
    const std::optional<Score>& score() const { return m_score; }

    QLineEdit* entry(const QString& itemKey) const { return m_entries.value(itemKey); }
    QPlainTextEdit* narrative(const QString& itemKey) const { return m_narratives.value(itemKey); }
    QLabel* resultLabel() const { return m_result; }
    QLabel* flagsLabel() const { return m_flags; }
    QWidget* firstField() const;
    QWidget* lastField() const;

signals:
    void changed();

private:
    void addItemRow(QGridLayout* grid, int row, const InstrumentItem& item);
    void rescore();
    void showItemState(const InstrumentItem& item, const QString& error);

    InstrumentDefinition m_definition;
    ScoringContext m_context;
    QHash<QString, QLineEdit*> m_entries;
    QHash<QString, QLabel*> m_hints;
    QHash<QString, QPlainTextEdit*> m_narratives;
    QList<QWidget*> m_tabOrder;
    QLabel* m_result = nullptr;
    QLabel* m_flags = nullptr;
    std::optional<Score> m_score;
    bool m_modified = false;
    bool m_filling = false;
};

} // namespace stepwise
