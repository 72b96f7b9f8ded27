// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consent/Consent.h"
#include "reports/SummaryExport.h"
#include "session/UnsavedWork.h"

#include <QDialog>
#include <QMap>
#include <functional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPrinter;
class QPushButton;
class QRadioButton;

namespace stepwise {

class AppContext;
class DraftOffer;
class FieldErrors;
class MessageBar;
class PlainLabel;

// Composes a participant's progress summary: the period, what goes in, whom it is for (outside
// the program only on a consent in effect today), the supervisor and the clinician's narrative,
// then previews, prints or saves it. Every copy printed or saved goes through SummaryExport, so
// it is in the accounting of disclosures; a refusal shows beside its field and leaves what was
// typed as it was.
class SummaryDialog : public QDialog, public UnsavedForm
{
    Q_OBJECT
public:
    static constexpr const char* DraftKind = "summary.compose";

    SummaryDialog(AppContext& context, Id participantId, QWidget* parent = nullptr);
    ~SummaryDialog() override;

    // UnsavedForm: the narrative the clinician wrote is kept when the screen locks. It counts
    // as unsaved until it has gone into a saved or printed copy.
    QWidget* formWindow() override { return this; }
    QString unsavedTitle() const override;
    bool isModified() const override;
    Draft draft() const override;
    void discard() override;
    DraftOffer* draftOffer() const { return m_draftOffer; }

    SummaryRequest request() const; // as on screen
    QPageSize pageSize() const;

    // Asks where Save as PDF… writes; empty when cancelled. A file dialog unless replaced.
    using PathChooser = std::function<QString(QWidget* parent, const QString& suggestedPath)>;
    void setPathChooser(PathChooser chooser) { m_choosePath = std::move(chooser); }
    // Sets up the printer for Print…; false when cancelled. The print dialog unless replaced.
    using PrinterChooser = std::function<bool(QWidget* parent, QPrinter& printer)>;
    void setPrinterChooser(PrinterChooser chooser) { m_choosePrinter = std::move(chooser); }

    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QCheckBox* sectionBox(SummarySection section) const { return m_sections.value(section); }
    QRadioButton* audienceButton(SummaryAudience audience) const;
    QComboBox* consentCombo() const { return m_consent; }
    QLabel* noConsentLabel() const { return m_noConsent; }
    QLineEdit* recipientEdit() const { return m_recipient; }
    QLineEdit* purposeEdit() const { return m_purpose; }
    QComboBox* supervisorCombo() const { return m_supervisor; }
    QComboBox* paperCombo() const { return m_paper; }
    QPlainTextEdit* narrativeEdit() const { return m_narrative; }
    QLabel* promptWarning() const { return m_promptWarning; }
    FieldErrors* fieldErrors() const { return m_errors; }
    MessageBar* messageBar() const { return m_messageBar; }
    QPushButton* previewButton() const { return m_previewButton; }
    QPushButton* printButton() const { return m_printButton; }
    QPushButton* saveButton() const { return m_saveButton; }

public slots:
    void reject() override;
    void preview();
    void print();
    // Checks the summary, asks where to save it, then saveTo().
    bool saveAsPdf() { return saveAsPdfFrom(this); }
    // Writes the PDF at `path` with its disclosure recorded; says where it went.
    bool saveTo(const QString& path);
    // Replaces the narrative with a new draft from the record of the period on screen.
    void redraft();
    // Reads the consents in effect today again (one may have been recorded meanwhile).
    void reloadConsents();

private:
    QWidget* createPeriod();
    QWidget* createAudience();
    QWidget* createSections();
    QWidget* createNarrative();
    void loadParticipant();
    void loadSupervisors();
    void fillPaperSizes();
    void setDefaultPeriod();
    void draftNarrative(bool askFirst);
    void updateAudience();
    void updateConsentDetails();
    void updatePromptWarning();
    bool saveAsPdfFrom(QWidget* parent);
    std::optional<PreparedSummary> prepared();
    void showError(const Error& error);
    void recordPrinted(const PreparedSummary& summary);
    QString recordedSentence() const;
    SummaryAudience audience() const;
    void applyDraft(const Draft& draft);
    void markNarrativeUsed();

    AppContext& m_context;
    Id m_participantId;
    QString m_recordNumber;
    QDate m_admission; // of the latest episode; null when never admitted
    QString m_lastDraft;
    QString m_narrativeUsed; // as it went into the last copy saved or printed
    bool m_discarding = false;
    QList<Consent> m_consents;
    PathChooser m_choosePath;
    PrinterChooser m_choosePrinter;

    MessageBar* m_messageBar;
    DraftOffer* m_draftOffer;
    FieldErrors* m_errors;
    PlainLabel* m_who;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_paper;
    QButtonGroup* m_audience;
    QComboBox* m_consent;
    QLabel* m_noConsent;
    PlainLabel* m_consentDetails;
    QFormLayout* m_form = nullptr;
    QWidget* m_consentRow = nullptr;
    QLineEdit* m_recipient;
    QLineEdit* m_purpose;
    QWidget* m_recipientRow = nullptr;
    QWidget* m_purposeRow = nullptr;
    QComboBox* m_supervisor;
    QMap<SummarySection, QCheckBox*> m_sections;
    QPlainTextEdit* m_narrative;
    QLabel* m_promptWarning;
    QPushButton* m_redraft;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_saveButton = nullptr;
};

} // namespace stepwise
