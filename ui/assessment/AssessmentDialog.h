// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/Assessment.h"
#include "session/UnsavedWork.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace stepwise {

class AppContext;
class AssessmentForm;
class DraftOffer;
class FieldErrors;
class MessageBar;

// Records one administration of an instrument for a participant, or corrects a saved one as a
// new version with a reason. The items come from the definition (AssessmentForm); the date,
// the note, AUDIT-C's cut-off and ASAM's level of care are around it. Saving goes through
// AssessmentStore, which refuses unanswered or out-of-range items and says which.
class AssessmentDialog : public QDialog, public UnsavedForm
{
    Q_OBJECT
public:
    static constexpr const char* DraftKindPrefix = "assessment.";

    // A new assessment of `definition`.
    AssessmentDialog(AppContext& context, const Participant& participant,
        const InstrumentDefinition& definition, QWidget* parent = nullptr);
    // A correction of `original` (the current version).
    AssessmentDialog(AppContext& context, const Participant& participant,
        const Assessment& original, QWidget* parent = nullptr);
    ~AssessmentDialog() override;

    AssessmentForm* form() const { return m_form; }
    QDateEdit* dateEdit() const { return m_date; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QComboBox* cutoffCombo() const { return m_cutoff; }
    QComboBox* recommendedLevelCombo() const { return m_recommended; }
    QComboBox* placedLevelCombo() const { return m_placed; }
    QLineEdit* placementReasonEdit() const { return m_placementReason; }
    MessageBar* messageBar() const { return m_messageBar; }
    Id savedId() const { return m_savedId; }

    // UnsavedForm
    QWidget* formWindow() override { return this; }
    QString unsavedTitle() const override;
    bool isModified() const override;
    Draft draft() const override;
    void discard() override;

public slots:
    void accept() override;

private:
    void build();
    QWidget* createPlacement();
    AssessmentInput input() const;
    void applyDraft(const Draft& draft);
    void updateCutoffContext();

    AppContext& m_context;
    Participant m_participant;
    InstrumentDefinition m_definition;
    std::optional<Assessment> m_original;
    AssessmentForm* m_form = nullptr;
    MessageBar* m_messageBar = nullptr;
    DraftOffer* m_draftOffer = nullptr;
    FieldErrors* m_errors = nullptr;
    QDateEdit* m_date = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLineEdit* m_reason = nullptr;  // corrections only
    QComboBox* m_cutoff = nullptr;  // AUDIT-C only
    QComboBox* m_edition = nullptr; // ASAM only
    QComboBox* m_recommended = nullptr;
    QComboBox* m_placed = nullptr;
    QLineEdit* m_placementReason = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    Id m_savedId = 0;
    bool m_discarding = false;
};

} // namespace stepwise
