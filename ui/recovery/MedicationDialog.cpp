// SPDX-License-Identifier: GPL-3.0-or-later
#include "MedicationDialog.h"

#include "AppContext.h"
#include "MedicationModel.h"
#include "WriteAccess.h"
#include "common/Clock.h"
#include "common/FieldErrors.h"
#include "common/Format.h"
#include "common/MessageBar.h"
#include "storage/Database.h"
#include "storage/MedicationStore.h"

#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stepwise {

MedicationDialog::MedicationDialog(AppContext& context, Id participantId, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_participantId(participantId)
    , m_messageBar(new MessageBar(this))
    , m_errors(new FieldErrors(this))
    , m_name(new QLineEdit(this))
    , m_analytes(new QLineEdit(this))
    , m_caveats(new QLabel(this))
    , m_prescriber(new QLineEdit(this))
    , m_start(new QDateEdit(Clock::instance().today(), this))
    , m_note(new QPlainTextEdit(this))
    , m_save(nullptr)
{
    setObjectName(QStringLiteral("MedicationDialog"));
    setWindowTitle(tr("Add Medication"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("As prescribed: \u201cSuboxone 8 mg/2 mg film\u201d"));
    auto* completer = new QCompleter(knownNames(), m_name);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_name->setCompleter(completer);
    m_analytes->setObjectName(QStringLiteral("analytes"));
    m_analytes->setPlaceholderText(tr("Cup codes or names, separated by commas: BUP, MTD"));
    m_analytes->setAccessibleName(tr("Expected positive on screens"));
    m_caveats->setObjectName(QStringLiteral("caveats"));
    m_caveats->setTextFormat(Qt::PlainText);
    m_caveats->setWordWrap(true);
    QPalette p = m_caveats->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    m_caveats->setPalette(p);
    m_caveats->hide();
    m_prescriber->setObjectName(QStringLiteral("prescriber"));
    m_start->setObjectName(QStringLiteral("startDate"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(Format::dateFormat());
    m_start->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    connect(m_name, &QLineEdit::textChanged, this, &MedicationDialog::nameChanged);
    connect(m_analytes, &QLineEdit::textEdited, this, [this] { m_analytesEdited = true; });

    auto* form = new QFormLayout;
    form->addRow(tr("&Medication:"), m_errors->wrap(QLatin1String(MedicationRules::Name), m_name));
    form->addRow(tr("&Expected positive:"),
        m_errors->wrap(QLatin1String(MedicationRules::Analytes), m_analytes));
    form->addRow(QString(), m_caveats);
    form->addRow(tr("&Prescriber:"), m_prescriber);
    form->addRow(
        tr("&Started on:"), m_errors->wrap(QLatin1String(MedicationRules::StartDate), m_start));
    form->addRow(tr("&Note:"), m_note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setText(tr("Add Medication"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MedicationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MedicationDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 80, sizeHint().height());

    if (const QString refusal = WriteAccess::refusal(context.database(), participantId);
        !refusal.isEmpty()) {
        m_messageBar->showMessage(refusal);
        m_save->setEnabled(false);
    }
}

QStringList MedicationDialog::knownNames()
{
    QStringList names;
    for (const KnownMedication& k : MedicationRules::known()) {
        names.append(k.name);
        names.append(k.brandNames);
    }
    names.removeDuplicates();
    names.sort(Qt::CaseInsensitive);
    return names;
}

void MedicationDialog::nameChanged(const QString& name)
{
    // The suggestion follows the name until the clinician writes their own list.
    if (!m_analytesEdited)
        m_analytes->setText(MedicationModel::analytesText(MedicationRules::suggestAnalytes(name)));
    const QStringList notes = MedicationRules::notes(name);
    m_caveats->setText(notes.join(QLatin1Char('\n')));
    m_caveats->setHidden(notes.isEmpty());
}

Medication MedicationDialog::medication() const
{
    Medication m;
    m.participantId = m_participantId;
    m.name = m_name->text().trimmed();
    m.analytes = MedicationRules::normalizedAnalytes(m_analytes->text().split(QLatin1Char(',')));
    m.prescriber = m_prescriber->text().trimmed();
    m.startDate = m_start->date();
    m.note = m_note->toPlainText().trimmed();
    return m;
}

void MedicationDialog::accept()
{
    if (!m_save->isEnabled())
        return;
    auto saved = MedicationStore(m_context.database()).add(medication());
    if (!saved) {
        m_errors->present(saved.error(), m_messageBar, this);
        return;
    }
    m_savedId = *saved;
    m_context.notifyParticipantChanged(m_participantId);
    QDialog::accept();
}

} // namespace stepwise
