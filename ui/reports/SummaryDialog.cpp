// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryDialog.h"

#include "AppContext.h"
#include "common/Clock.h"
#include "common/DocumentPreview.h"
#include "common/FieldErrors.h"
#include "common/Format.h"
#include "common/MessageBar.h"
#include "common/MessageBox.h"
#include "common/PlainLabel.h"
#include "consent/ConsentRules.h"
#include "reports/DocumentRenderer.h"
#include "session/DraftOffer.h"
#include "storage/ConsentStore.h"
#include "storage/Database.h"
#include "storage/EpisodeStore.h"
#include "storage/ParticipantStore.h"
#include "storage/StaffStore.h"
#include "summary/SummaryCollector.h"
#include "summary/SummaryNarrative.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace stepwise {

namespace {

// Collecting three years of record and laying it out takes a noticeable moment.
class WaitCursor
{
public:
    WaitCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QGuiApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};

QDate today()
{
    return Clock::instance().today();
}

QLabel* noteLabel(const QString& text, const QColor& color, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    // A wrapped label may get more height than its lines need: keep the text at the top.
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
    return label;
}

} // namespace

SummaryDialog::SummaryDialog(AppContext& context, Id participantId, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_participantId(participantId)
    , m_messageBar(new MessageBar(this))
    , m_draftOffer(
          new DraftOffer(context.database(), QString::fromLatin1(DraftKind), participantId, this))
    , m_errors(new FieldErrors(this))
    , m_who(new PlainLabel(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_paper(new QComboBox(this))
    , m_audience(new QButtonGroup(this))
    , m_consent(new QComboBox(this))
    , m_noConsent(
          noteLabel(tr("No consent in effect: record one on the Consents & Disclosures tab."),
              QColor(0x8a, 0x4b, 0x00), this))
    , m_consentDetails(new PlainLabel(this))
    , m_recipient(new QLineEdit(this))
    , m_purpose(new QLineEdit(this))
    , m_supervisor(new QComboBox(this))
    , m_narrative(new QPlainTextEdit(this))
    , m_promptWarning(noteLabel(tr("Replace the bracketed prompt at the end with your own "
                                   "assessment, or delete it, before printing or saving."),
          QColor(0x8a, 0x4b, 0x00), this))
    , m_redraft(new QPushButton(tr("Re-dra&ft from the Record"), this))
{
    setObjectName(QStringLiteral("SummaryDialog"));
    setWindowTitle(tr("Progress Summary"));
    m_choosePath = [](QWidget* parent, const QString& suggested) {
        return QFileDialog::getSaveFileName(
            parent, tr("Save Progress Summary as PDF"), suggested, tr("PDF documents (*.pdf)"));
    };
    m_choosePrinter = [](QWidget* parent, QPrinter& printer) {
        QPrintDialog dialog(&printer, parent);
        dialog.setWindowTitle(tr("Print Progress Summary"));
        return dialog.exec() == QDialog::Accepted;
    };

    QFont whoFont = m_who->font();
    whoFont.setBold(true);
    m_who->setFont(whoFont);

    m_form = new QFormLayout;
    QFormLayout* form = m_form;
    form->addRow(tr("Participant:"), m_who);
    form->addRow(tr("Pe&riod:"), createPeriod());
    form->addRow(tr("P&aper:"), m_paper);
    form->addRow(tr("For:"), createAudience());
    m_consentRow = m_errors->wrap(QLatin1String(DisclosureRules::ConsentField), [this] {
        auto* box = new QWidget(this);
        auto* layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_consent);
        layout->addWidget(m_noConsent);
        layout->addWidget(m_consentDetails);
        box->setFocusProxy(m_consent);
        return box;
    }());
    form->addRow(tr("&Consent:"), m_consentRow);
    m_recipientRow = m_errors->wrap(QLatin1String(DisclosureRules::Recipient), m_recipient);
    form->addRow(tr("R&ecipient:"), m_recipientRow);
    m_purposeRow = m_errors->wrap(QLatin1String(DisclosureRules::Purpose), m_purpose);
    form->addRow(tr("P&urpose:"), m_purposeRow);
    form->addRow(tr("&Supervisor:"), m_supervisor);

    auto* buttons = new QDialogButtonBox(this);
    m_previewButton = buttons->addButton(tr("Pre&view\u2026"), QDialogButtonBox::ActionRole);
    m_printButton = buttons->addButton(tr("&Print\u2026"), QDialogButtonBox::ActionRole);
    m_saveButton = buttons->addButton(tr("Save as P&DF\u2026"), QDialogButtonBox::ActionRole);
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    m_previewButton->setObjectName(QStringLiteral("preview"));
    m_printButton->setObjectName(QStringLiteral("print"));
    m_saveButton->setObjectName(QStringLiteral("saveAsPdf"));
    close->setObjectName(QStringLiteral("close"));
    // Enter in a field must not print or save anything by surprise.
    for (QPushButton* b : { m_previewButton, m_printButton, m_saveButton, close })
        b->setAutoDefault(false);
    connect(m_previewButton, &QPushButton::clicked, this, &SummaryDialog::preview);
    connect(m_printButton, &QPushButton::clicked, this, &SummaryDialog::print);
    connect(m_saveButton, &QPushButton::clicked, this, &SummaryDialog::saveAsPdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &SummaryDialog::reject);

    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(createSections());
    left->addStretch();
    columns->addLayout(left, 2);
    columns->addWidget(createNarrative(), 3);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_draftOffer);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    fillPaperSizes();
    loadSupervisors();
    loadParticipant();
    setDefaultPeriod();
    updateAudience();
    draftNarrative(false);

    // A consent recorded on the chart meanwhile shows in the list.
    connect(&m_context, &AppContext::participantChanged, this, [this](Id id) {
        if (id == m_participantId)
            reloadConsents();
    });
    connect(m_draftOffer, &DraftOffer::resumed, this, &SummaryDialog::applyDraft);
    m_context.unsavedWork().add(this);
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().lineSpacing() * 40);
}

SummaryDialog::~SummaryDialog()
{
    m_context.unsavedWork().remove(this);
}

QString SummaryDialog::unsavedTitle() const
{
    return tr("Progress summary narrative not yet used");
}

bool SummaryDialog::isModified() const
{
    const QString narrative = m_narrative->toPlainText().trimmed();
    return !m_discarding && result() != QDialog::Accepted && !narrative.isEmpty()
        && narrative != m_lastDraft.trimmed() && narrative != m_narrativeUsed;
}

void SummaryDialog::markNarrativeUsed()
{
    m_narrativeUsed = m_narrative->toPlainText().trimmed();
}

Draft SummaryDialog::draft() const
{
    Draft d;
    d.kind = QString::fromLatin1(DraftKind);
    d.subjectId = m_participantId;
    d.title = tr("Progress summary");
    QJsonArray sections;
    for (SummarySection section : allSummarySections()) {
        if (m_sections.value(section)->isChecked())
            sections.append(storageKey(section));
    }
    d.payload = QJsonObject {
        { QStringLiteral("from"), m_from->date().toString(Qt::ISODate) },
        { QStringLiteral("to"), m_to->date().toString(Qt::ISODate) },
        { QStringLiteral("sections"), sections },
        { QStringLiteral("audience"), int(audience()) },
        { QStringLiteral("recipient"), m_recipient->text() },
        { QStringLiteral("purpose"), m_purpose->text() },
        { QStringLiteral("supervisor"), m_supervisor->currentData().toString() },
        { QStringLiteral("narrative"), m_narrative->toPlainText() },
    };
    return d;
}

void SummaryDialog::applyDraft(const Draft& draft)
{
    const QJsonObject& p = draft.payload;
    const QDate from = QDate::fromString(p.value(QStringLiteral("from")).toString(), Qt::ISODate);
    const QDate to = QDate::fromString(p.value(QStringLiteral("to")).toString(), Qt::ISODate);
    if (from.isValid())
        m_from->setDate(from);
    if (to.isValid())
        m_to->setDate(to);
    const QJsonArray sections = p.value(QStringLiteral("sections")).toArray();
    for (SummarySection section : allSummarySections())
        m_sections.value(section)->setChecked(sections.contains(storageKey(section)));
    if (QAbstractButton* button = m_audience->button(p.value(QStringLiteral("audience")).toInt()))
        button->setChecked(true);
    m_recipient->setText(p.value(QStringLiteral("recipient")).toString());
    m_purpose->setText(p.value(QStringLiteral("purpose")).toString());
    const int supervisor = m_supervisor->findData(p.value(QStringLiteral("supervisor")).toString());
    if (supervisor >= 0)
        m_supervisor->setCurrentIndex(supervisor);
    m_narrative->setPlainText(p.value(QStringLiteral("narrative")).toString());
    updateAudience();
    updatePromptWarning();
    m_messageBar->showMessage(tr("Your draft is back in the form. Nothing leaves the record until "
                                 "you print or save it."),
        MessageBar::Type::Information);
}

void SummaryDialog::reject()
{
    if (!m_discarding && isModified()) {
        const auto answer = MessageBox::question(this, tr("Discard the Narrative?"),
            tr("Close and discard the narrative you wrote? It has not gone into a saved or "
               "printed copy."),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

void SummaryDialog::discard()
{
    m_discarding = true;
    reject();
}

QWidget* SummaryDialog::createPeriod()
{
    auto* period = new QWidget(this);
    auto* layout = new QHBoxLayout(period);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QDateEdit* edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(Format::dateFormat());
    }
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_from->setAccessibleName(tr("First day of the period"));
    m_to->setAccessibleName(tr("Last day of the period"));
    auto* to = new QLabel(tr("to"), period);
    // Level with the date edits, also when an error shows under one of them.
    to->setFixedHeight(m_from->sizeHint().height());
    layout->addWidget(m_errors->wrap(QStringLiteral("from"), m_from));
    layout->addWidget(to, 0, Qt::AlignTop);
    layout->addWidget(m_errors->wrap(QStringLiteral("to"), m_to));
    layout->addStretch();
    return period;
}

QWidget* SummaryDialog::createAudience()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    const QList<QPair<SummaryAudience, QString>> choices {
        { SummaryAudience::Participant, tr("&The participant (their own copy)") },
        { SummaryAudience::Internal, tr("&Internal review (supervision, team meeting)") },
        { SummaryAudience::External, tr("Someone &outside the program (needs a consent)") },
    };
    for (const auto& [audience, text] : choices) {
        auto* button = new QRadioButton(text, box);
        button->setObjectName(QStringLiteral("audience%1").arg(int(audience)));
        m_audience->addButton(button, int(audience));
        layout->addWidget(button);
    }
    m_audience->button(int(SummaryAudience::Internal))->setChecked(true);
    connect(m_audience, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateAudience();
    });

    m_consent->setObjectName(QStringLiteral("consent"));
    m_consent->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_consent->setMinimumContentsLength(30);
    m_noConsent->setObjectName(QStringLiteral("noConsent"));
    m_consentDetails->setObjectName(QStringLiteral("consentDetails"));
    m_consentDetails->setWordWrap(true);
    m_consentDetails->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    connect(m_consent, &QComboBox::currentIndexChanged, this, &SummaryDialog::updateConsentDetails);
    m_recipient->setObjectName(QStringLiteral("recipient"));
    m_purpose->setObjectName(QStringLiteral("purpose"));
    m_supervisor->setObjectName(QStringLiteral("supervisor"));
    return box;
}

QWidget* SummaryDialog::createSections()
{
    auto* group = new QGroupBox(tr("Include"), this);
    auto* grid = new QGridLayout(group);
    const QList<SummarySection> sections = allSummarySections();
    const int rows = int((sections.size() + 1) / 2);
    for (int i = 0; i < sections.size(); ++i) {
        auto* box = new QCheckBox(label(sections[i]), group);
        box->setObjectName(QStringLiteral("section_") + storageKey(sections[i]));
        box->setChecked(true);
        m_sections.insert(sections[i], box);
        // Down the first column, then the second: the order they print in.
        grid->addWidget(box, i % rows, i / rows);
    }
    connect(
        m_sections.value(SummarySection::Narrative), &QCheckBox::toggled, this, [this](bool on) {
            m_narrative->setEnabled(on);
            m_redraft->setEnabled(on);
            updatePromptWarning();
        });
    return group;
}

QWidget* SummaryDialog::createNarrative()
{
    auto* group = new QGroupBox(tr("&Narrative"), this);
    auto* layout = new QVBoxLayout(group);
    m_narrative->setObjectName(QStringLiteral("narrative"));
    m_narrative->setTabChangesFocus(true);
    m_narrative->setAccessibleName(tr("Narrative"));
    m_promptWarning->setObjectName(QStringLiteral("promptWarning"));
    m_redraft->setObjectName(QStringLiteral("redraft"));
    m_redraft->setAutoDefault(false);
    m_redraft->setToolTip(tr("Replaces the text with a new draft from the record of the period"));
    auto* hint = noteLabel(tr("Drafted from the record; edit it into your own words."),
        palette().color(QPalette::PlaceholderText), group);
    layout->addWidget(hint);
    layout->addWidget(m_promptWarning);
    layout->addWidget(m_errors->wrap(QStringLiteral("narrative"), m_narrative), 1);
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_redraft);
    layout->addLayout(row);
    connect(m_narrative, &QPlainTextEdit::textChanged, this, &SummaryDialog::updatePromptWarning);
    connect(m_redraft, &QPushButton::clicked, this, &SummaryDialog::redraft);
    return group;
}

void SummaryDialog::fillPaperSizes()
{
    m_paper->setObjectName(QStringLiteral("paper"));
    const QList<QPageSize::PageSizeId> sizes { QPageSize::Letter, QPageSize::A4 };
    for (QPageSize::PageSizeId id : sizes)
        m_paper->addItem(QPageSize::name(id), int(id));
    const QPageSize preferred = DocumentRenderer::defaultPageSize();
    int index = m_paper->findData(int(preferred.id()));
    if (index < 0) {
        m_paper->addItem(preferred.name(), int(preferred.id()));
        index = m_paper->count() - 1;
    }
    m_paper->setCurrentIndex(index);
}

void SummaryDialog::loadSupervisors()
{
    m_supervisor->addItem(tr("None (the line is left blank)"), QString());
    auto staff = StaffStore(m_context.database()).list(false);
    if (!staff) {
        m_messageBar->showMessage(staff.error().message);
        return;
    }
    for (const StaffMember& m : *staff) {
        if (m.roles.has(StaffRole::Supervisor))
            m_supervisor->addItem(m.name, m.name);
    }
}

void SummaryDialog::loadParticipant()
{
    auto participant = ParticipantStore(m_context.database()).get(m_participantId);
    if (!participant) {
        m_messageBar->showMessage(participant.error().message);
        return;
    }
    m_recordNumber = participant->recordNumber;
    m_who->setText(tr("%1 (%2)").arg(participant->displayName(), participant->recordNumber));
    auto episodes = EpisodeStore(m_context.database()).episodes(m_participantId);
    if (episodes && !episodes->isEmpty())
        m_admission = episodes->last().admissionDate;
}

void SummaryDialog::setDefaultPeriod()
{
    // Four weeks ending today, or from the admission when that is later.
    const QDate to = today();
    QDate from = to.addDays(-27);
    if (m_admission.isValid() && m_admission > from && m_admission <= to)
        from = m_admission;
    m_from->setDate(from);
    m_to->setDate(to);
}

QRadioButton* SummaryDialog::audienceButton(SummaryAudience audience) const
{
    return qobject_cast<QRadioButton*>(m_audience->button(int(audience)));
}

SummaryAudience SummaryDialog::audience() const
{
    const int id = m_audience->checkedId();
    return id < 0 ? SummaryAudience::Internal : SummaryAudience(id);
}

QPageSize SummaryDialog::pageSize() const
{
    return QPageSize(QPageSize::PageSizeId(m_paper->currentData().toInt()));
}

SummaryRequest SummaryDialog::request() const
{
    SummaryRequest r;
    r.participantId = m_participantId;
    r.from = m_from->date();
    r.to = m_to->date();
    r.options.sections.clear();
    for (SummarySection s : allSummarySections()) {
        if (m_sections.value(s)->isChecked())
            r.options.sections << s;
    }
    r.options.narrative = m_narrative->toPlainText().trimmed();
    r.options.supervisorName = m_supervisor->currentData().toString();
    r.options.audience = audience();
    switch (r.options.audience) {
    case SummaryAudience::External:
        // The consent names the recipient and the purpose; core takes them from it.
        r.consentId = m_consents.isEmpty() ? 0 : m_consent->currentData().value<Id>();
        break;
    case SummaryAudience::Participant:
        r.options.purpose = m_purpose->text().trimmed();
        break;
    case SummaryAudience::Internal:
        r.options.recipient = m_recipient->text().trimmed();
        r.options.purpose = m_purpose->text().trimmed();
        break;
    }
    return r;
}

void SummaryDialog::updateAudience()
{
    const SummaryAudience a = audience();
    m_form->setRowVisible(m_consentRow, a == SummaryAudience::External);
    m_form->setRowVisible(m_recipientRow, a == SummaryAudience::Internal);
    m_form->setRowVisible(m_purposeRow, a != SummaryAudience::External);
    m_recipient->setPlaceholderText(tr("Within the program"));
    m_purpose->setPlaceholderText(
        a == SummaryAudience::Participant ? tr("Copy for the participant") : tr("Internal review"));
    if (a == SummaryAudience::External)
        reloadConsents();
}

void SummaryDialog::reloadConsents()
{
    const Id current = m_consent->currentData().value<Id>();
    auto consents = ConsentStore(m_context.database()).validConsents(m_participantId, today());
    m_consents = consents ? *consents : QList<Consent> {};
    if (!consents)
        m_messageBar->showMessage(consents.error().message);
    const QSignalBlocker blocker(m_consent);
    m_consent->clear();
    for (const Consent& c : std::as_const(m_consents)) {
        m_consent->addItem(tr("%1 \u2014 %2").arg(ConsentRules::recipientText(c), c.purpose),
            QVariant::fromValue<Id>(c.id));
    }
    const int index = m_consent->findData(QVariant::fromValue<Id>(current));
    m_consent->setCurrentIndex(index >= 0 ? index : 0);
    m_consent->setVisible(!m_consents.isEmpty());
    m_noConsent->setVisible(m_consents.isEmpty());
    updateConsentDetails();
}

void SummaryDialog::updateConsentDetails()
{
    const Id id = m_consent->currentData().value<Id>();
    for (const Consent& c : std::as_const(m_consents)) {
        if (c.id != id)
            continue;
        m_consent->setToolTip(m_consent->currentText());
        // The list shows as much as fits; here is the whole consent's scope.
        m_consentDetails->setText(tr("Purpose: %1\nPeriod: %2\n%3\nInformation it covers: %4")
                                      .arg(c.purpose, ConsentRules::periodText(c),
                                          ConsentRules::status(c, today()).reason, c.information));
        m_consentDetails->show();
        return;
    }
    m_consent->setToolTip(QString());
    m_consentDetails->clear();
    m_consentDetails->hide();
}

void SummaryDialog::updatePromptWarning()
{
    const bool included = m_sections.value(SummarySection::Narrative)->isChecked();
    m_promptWarning->setVisible(
        included && SummaryNarrative::hasPrompt(m_narrative->toPlainText()));
}

void SummaryDialog::redraft()
{
    draftNarrative(true);
}

void SummaryDialog::draftNarrative(bool askFirst)
{
    const QString text = m_narrative->toPlainText();
    if (askFirst && !text.trimmed().isEmpty() && text != m_lastDraft
        && MessageBox::question(this, tr("Re-draft Narrative"),
               tr("Replace the narrative with a new draft from the record? What you wrote will "
                  "be lost."))
            != QMessageBox::Yes)
        return;
    m_errors->clear();
    m_messageBar->clear();
    auto summary = [&] {
        WaitCursor wait;
        return SummaryCollector::collect(
            m_context.database(), m_participantId, m_from->date(), m_to->date(), today());
    }();
    if (!summary) {
        showError(summary.error());
        return;
    }
    m_lastDraft = SummaryNarrative::draft(*summary);
    m_narrative->setPlainText(m_lastDraft);
}

void SummaryDialog::showError(const Error& error)
{
    QList<FieldError> rest = m_errors->show(error.fields);
    // A refusal about a field hidden for this audience still needs to be read somewhere.
    for (const FieldError& f : error.fields) {
        if (QLabel* label = m_errors->label(f.field);
            label && label->parentWidget() && !label->parentWidget()->isVisibleTo(this))
            rest.append(f);
    }
    if (error.code != ErrorCode::Validation || !rest.isEmpty() || error.fields.isEmpty()) {
        QStringList messages;
        for (const FieldError& f : std::as_const(rest))
            messages << f.message;
        m_messageBar->showMessage(messages.isEmpty() ? error.message : messages.join(u'\n'));
    }
    if (QWidget* first = m_errors->firstInvalidField(); first && first->isVisibleTo(this))
        first->setFocus();
    FieldErrors::makeRoom(this);
}

std::optional<PreparedSummary> SummaryDialog::prepared()
{
    m_errors->clear();
    m_messageBar->clear();
    auto summary = [&] {
        WaitCursor wait;
        return SummaryExport::prepare(m_context.database(), request(), today());
    }();
    if (!summary) {
        showError(summary.error());
        return std::nullopt;
    }
    return std::move(summary).value();
}

QString SummaryDialog::recordedSentence() const
{
    switch (audience()) {
    case SummaryAudience::Participant:
        return tr("The copy for the participant is recorded in the accounting of disclosures.");
    case SummaryAudience::Internal:
        return tr("The copy for internal review is recorded in the accounting of disclosures.");
    case SummaryAudience::External:
        break;
    }
    const Id id = m_consent->currentData().value<Id>();
    for (const Consent& c : m_consents) {
        if (c.id == id)
            return tr("The disclosure to %1 is recorded in the accounting of disclosures.")
                .arg(ConsentRules::recipientText(c));
    }
    return tr("The disclosure is recorded in the accounting of disclosures.");
}

void SummaryDialog::preview()
{
    const auto summary = prepared();
    if (!summary)
        return;
    DocumentPreview::Options options;
    options.pageSize = pageSize();
    // Saved, or refused with the reason beside its field here: either way the preview closes
    // so the message is seen.
    options.saveAsPdf = [this](QWidget* preview) {
        return saveAsPdfFrom(preview) || !m_messageBar->isHidden()
            || m_errors->firstInvalidField() != nullptr;
    };
    // The preview prints only once its print dialog is accepted; the copy is recorded then.
    if (DocumentPreview::show(this, summary->document, options))
        recordPrinted(*summary);
}

void SummaryDialog::print()
{
    const auto summary = prepared();
    if (!summary)
        return;
    QPrinter printer(QPrinter::HighResolution);
    DocumentPreview::setUpPrinter(printer, summary->document, pageSize());
    if (!m_choosePrinter(this, printer))
        return;
    // Recorded before the pages go out, as a saved copy is: no copy leaves unrecorded.
    auto recorded = SummaryExport::recordPrinted(m_context.database(), *summary);
    if (!recorded) {
        showError(recorded.error());
        return;
    }
    m_context.notifyParticipantChanged(m_participantId);
    markNarrativeUsed();
    auto pages = [&] {
        WaitCursor wait;
        return DocumentRenderer::paint(summary->document, printer);
    }();
    if (!pages) {
        m_messageBar->showMessage(tr("The summary could not be printed: %1 Its disclosure was "
                                     "recorded all the same; print it again to have a copy.")
                                      .arg(pages.error().message));
        return;
    }
    m_messageBar->showMessage(
        tr("Sent to the printer. %1").arg(recordedSentence()), MessageBar::Type::Positive);
}

void SummaryDialog::recordPrinted(const PreparedSummary& summary)
{
    auto recorded = SummaryExport::recordPrinted(m_context.database(), summary);
    if (!recorded) {
        m_messageBar->showMessage(tr("The summary was printed but its disclosure could not be "
                                     "recorded: %1 Do not hand the printed copy on.")
                                      .arg(recorded.error().message));
        return;
    }
    m_context.notifyParticipantChanged(m_participantId);
    markNarrativeUsed();
    m_messageBar->showMessage(
        tr("Sent to the printer. %1").arg(recordedSentence()), MessageBar::Type::Positive);
}

bool SummaryDialog::saveAsPdfFrom(QWidget* parent)
{
    // Refusals (the prompt left in, no consent) come before the file dialog, not after it.
    if (!prepared())
        return false;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        SummaryExport::fileName(m_recordNumber, m_from->date(), m_to->date()));
    const QString path = m_choosePath(parent, suggested);
    if (path.isEmpty())
        return false;
    return saveTo(path);
}

bool SummaryDialog::saveTo(const QString& path)
{
    m_errors->clear();
    m_messageBar->clear();
    auto written = [&] {
        WaitCursor wait;
        return SummaryExport::writePdf(m_context.database(), request(), path, today(), pageSize());
    }();
    if (!written) {
        showError(written.error());
        return false;
    }
    m_context.notifyParticipantChanged(m_participantId);
    markNarrativeUsed();
    m_messageBar->showMessage(
        tr("Saved to %1. %2").arg(QDir::toNativeSeparators(path), recordedSentence()),
        MessageBar::Type::Positive);
    return true;
}

} // namespace stepwise
