// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/UnsavedWork.h"
#include "storage/TreatmentPlanStore.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace stepwise {

class AppContext;
class DraftOffer;
class FieldErrors;
class MessageBar;

// A review of the current treatment plan version: the occasion, the day, each objective's new
// status with a progress note, the changes made, who took part. It says beforehand what saving
// will do: when a status changes, the next version is made with the new statuses.
class PlanReviewDialog : public QDialog, public UnsavedForm
{
    Q_OBJECT
public:
    static constexpr const char* DraftKind = "plan_review.new";

    // `current`: the episode's current finalized version; `due`: what the plan needs next,
    // which picks the occasion.
    PlanReviewDialog(AppContext& context, const PlanVersion& current,
        const std::optional<PlanDue>& due, QWidget* parent = nullptr);
    ~PlanReviewDialog() override;

    QComboBox* occasion() const { return m_occasion; }
    QDateEdit* reviewDate() const { return m_date; }
    // The new-status combo and the note of the objective with this key, or nullptr.
    QComboBox* statusCombo(const QString& objectiveKey) const;
    QLineEdit* noteEdit(const QString& objectiveKey) const;
    QPlainTextEdit* summary() const { return m_summary; }
    QLineEdit* tookPart() const { return m_tookPart; }
    QCheckBox* participantPresent() const { return m_present; }
    QString consequenceText() const;
    MessageBar* messageBar() const { return m_messageBar; }
    Id reviewId() const { return m_reviewId; }

    // UnsavedForm
    QWidget* formWindow() override { return this; }
    QString unsavedTitle() const override;
    bool isModified() const override;
    Draft draft() const override;
    void discard() override;

public slots:
    void accept() override;
    void reject() override;

private:
    struct Row
    {
        PlanObjective objective;
        QComboBox* status = nullptr;
        QLineEdit* note = nullptr;
    };
    QWidget* buildObjectives();
    void updateConsequence();
    PlanReviewInput input() const;
    void applyDraft(const Draft& draft);

    AppContext& m_context;
    PlanVersion m_current;
    bool m_draftInProgress = false;
    QString m_initialTookPart;
    QList<Row> m_rows;
    Id m_reviewId = 0;
    bool m_discarding = false;
    MessageBar* m_messageBar;
    DraftOffer* m_draftOffer;
    FieldErrors* m_errors;
    QComboBox* m_occasion;
    QDateEdit* m_date;
    QLabel* m_consequence;
    QPlainTextEdit* m_summary;
    QLineEdit* m_tookPart;
    QCheckBox* m_present;
};

} // namespace stepwise
