// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelapsePlanDialog.h"

#include "AppContext.h"
#include "ContactsTable.h"
#include "PlanPrinting.h"
#include "TextListEditor.h"
#include "common/FieldErrors.h"
#include "common/Format.h"
#include "common/MessageBar.h"
#include "common/MessageBox.h"
#include "session/DraftOffer.h"
#include "storage/Database.h"
#include "storage/EpisodeStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace stepwise {

namespace {

QGroupBox* box(const QString& title, const QString& note, QWidget* content, QWidget* parent)
{
    auto* group = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(group);
    if (!note.isEmpty()) {
        auto* label = new QLabel(note, group);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
        label->setPalette(p);
        layout->addWidget(label);
    }
    layout->addWidget(content, 1);
    return group;
}

QString versionText(const RelapsePlanVersion& v)
{
    return RelapsePlanDialog::tr("Version %1, saved %2 by %3")
        .arg(v.version)
        .arg(Format::date(v.recordedAt.toLocalTime().date()), v.recordedByName);
}

} // namespace

RelapsePlanDialog::RelapsePlanDialog(AppContext& context, Id participantId, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_participantId(participantId)
    , m_messageBar(new MessageBar(this))
    , m_draftOffer(
          new DraftOffer(context.database(), QString::fromLatin1(DraftKind), participantId, this))
    , m_errors(new FieldErrors(this))
    , m_versionLine(new QLabel(this))
    , m_history(new QComboBox(this))
    , m_triggers(new TextListEditor(tr("Triggers"), tr("A trigger, then Enter"), this))
    , m_warningSigns(
          new TextListEditor(tr("Warning signs"), tr("A warning sign, then Enter"), this))
    , m_coping(
          new TextListEditor(tr("Coping strategies"), tr("A coping strategy, then Enter"), this))
    , m_people(new ContactsTable(tr("People to call"), this))
    , m_save(nullptr)
    , m_print(nullptr)
{
    setObjectName(QStringLiteral("RelapsePlanDialog"));
    setWindowTitle(tr("Relapse Prevention Plan[*]"));
    m_triggers->setObjectName(QStringLiteral("triggers"));
    m_warningSigns->setObjectName(QStringLiteral("warningSigns"));
    m_coping->setObjectName(QStringLiteral("copingStrategies"));
    m_people->setObjectName(QStringLiteral("peopleToCall"));
    m_versionLine->setObjectName(QStringLiteral("versionLine"));
    m_versionLine->setTextFormat(Qt::PlainText);
    m_history->setObjectName(QStringLiteral("versionChoice"));
    m_history->setAccessibleName(tr("Version shown"));
    connect(m_draftOffer, &DraftOffer::resumed, this, &RelapsePlanDialog::applyDraft);
    for (TextListEditor* list : { m_triggers, m_warningSigns, m_coping })
        connect(list, &TextListEditor::changed, this, &RelapsePlanDialog::changed);
    connect(m_people, &ContactsTable::changed, this, &RelapsePlanDialog::changed);

    auto* historyLabel = new QLabel(tr("Show &version:"), this);
    historyLabel->setBuddy(m_history);
    auto* top = new QHBoxLayout;
    top->addWidget(m_versionLine, 1);
    top->addWidget(historyLabel);
    top->addWidget(m_history);

    auto* grid = new QGridLayout;
    grid->addWidget(box(tr("Triggers"), tr("People, places, feelings and times that set off use."),
                        m_errors->wrap(QStringLiteral("triggers"), m_triggers), this),
        0, 0);
    grid->addWidget(box(tr("Warning signs"), tr("What the participant notices before a lapse."),
                        m_warningSigns, this),
        0, 1);
    grid->addWidget(box(tr("Coping strategies"), tr("What to do instead, in their own words."),
                        m_errors->wrap(QStringLiteral("coping_strategies"), m_coping), this),
        1, 0);
    grid->addWidget(box(tr("People to call"),
                        tr("People who agreed to be called, with a phone number for each."),
                        m_errors->wrap(QStringLiteral("people_to_call"), m_people), this),
        1, 1);

    // No default button: Enter adds a line to a list, it must never save a version.
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save New Version"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &RelapsePlanDialog::accept);
    m_print = buttons->addButton(tr("&Print\u2026"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(QStringLiteral("print"));
    m_print->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &RelapsePlanDialog::reject);
    connect(m_print, &QPushButton::clicked, this, &RelapsePlanDialog::print);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_draftOffer);
    layout->addLayout(top);
    layout->addLayout(grid, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 130, fontMetrics().height() * 38);

    auto episodes = EpisodeStore(m_context.database()).episodes(participantId);
    if (!episodes || episodes->isEmpty()) {
        m_messageBar->showMessage(episodes ? tr("No episode of care: a relapse prevention plan "
                                                "belongs to an admission.")
                                           : episodes.error().message);
        setReadOnly(true);
        m_history->setEnabled(false);
    } else {
        m_writable = episodes->last().isOpen();
        if (!m_writable)
            m_messageBar->showMessage(tr("The participant has been discharged: the relapse "
                                         "prevention plan is kept as it was."),
                MessageBar::Type::Information);
        auto versions = RelapsePlanStore(m_context.database()).versions(episodes->last().id);
        if (!versions)
            m_messageBar->showMessage(versions.error().message);
        else
            m_versions = *versions;
        loadVersions(m_versions.isEmpty() ? 0 : m_versions.first().id);
    }
    connect(m_history, &QComboBox::activated, this, &RelapsePlanDialog::showVersion);
    m_context.unsavedWork().add(this);
}

RelapsePlanDialog::~RelapsePlanDialog()
{
    m_context.unsavedWork().remove(this);
}

void RelapsePlanDialog::loadVersions(Id select)
{
    const QSignalBlocker block(m_history);
    m_history->clear();
    int index = 0;
    for (int i = 0; i < m_versions.size(); ++i) {
        const RelapsePlanVersion& v = m_versions.at(i);
        m_history->addItem(
            i == 0 ? tr("Version %1 (current)").arg(v.version) : tr("Version %1").arg(v.version),
            QVariant::fromValue<Id>(v.id));
        if (v.id == select)
            index = i;
    }
    if (m_versions.isEmpty())
        m_history->addItem(tr("None saved yet"));
    m_history->setEnabled(m_versions.size() > 1);
    m_history->setCurrentIndex(index);
    showVersion(index);
}

void RelapsePlanDialog::showVersion(int index)
{
    if (index == m_shownIndex && index >= 0)
        return;
    if (isModified()) {
        const auto answer = MessageBox::question(this, tr("Unsaved Changes"),
            tr("Show another version and discard the changes you made? Nothing has been saved."),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            const QSignalBlocker block(m_history);
            m_history->setCurrentIndex(m_shownIndex);
            return;
        }
    }
    m_shownIndex = index;
    m_errors->clear();
    m_people->clearErrors();
    if (index < 0 || index >= m_versions.size()) {
        m_versionLine->setText(tr("No relapse prevention plan has been saved yet."));
        setPlan({});
        setReadOnly(!m_writable);
        return;
    }
    const RelapsePlanVersion& v = m_versions.at(index);
    m_versionLine->setText(
        index == 0 ? versionText(v) : versionText(v) + tr(" \u2014 replaced, read-only"));
    setPlan(v.plan);
    // Only the current version is the starting point of the next; older ones are history.
    setReadOnly(!m_writable || index != 0);
}

void RelapsePlanDialog::setPlan(const RelapsePlan& plan)
{
    m_shown = plan;
    m_triggers->setItems(plan.triggers);
    m_warningSigns->setItems(plan.warningSigns);
    m_coping->setItems(plan.copingStrategies);
    m_people->setContacts(plan.peopleToCall);
    setWindowModified(false);
}

void RelapsePlanDialog::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_triggers->setReadOnly(readOnly);
    m_warningSigns->setReadOnly(readOnly);
    m_coping->setReadOnly(readOnly);
    m_people->setReadOnly(readOnly);
    m_save->setEnabled(!readOnly);
    if (readOnly)
        m_draftOffer->hide();
    m_print->setEnabled(m_shownIndex >= 0 && m_shownIndex < m_versions.size());
}

RelapsePlan RelapsePlanDialog::plan() const
{
    RelapsePlan p;
    p.triggers = m_triggers->items();
    p.warningSigns = m_warningSigns->items();
    p.copingStrategies = m_coping->items();
    p.peopleToCall = m_people->contacts();
    return p;
}

void RelapsePlanDialog::changed()
{
    setWindowModified(isModified());
    if (!m_readOnly)
        m_print->setEnabled(true);
}

bool RelapsePlanDialog::save()
{
    m_messageBar->clear();
    m_errors->clear();
    const RelapsePlan p = plan().normalized();
    auto id = RelapsePlanStore(m_context.database()).save(m_participantId, p);
    if (!id) {
        const QList<FieldError> elsewhere = m_errors->show(id.error().fields);
        QStringList lines = m_people->showErrors(QStringLiteral("person"), elsewhere);
        if (id.error().fields.isEmpty())
            lines.append(tr("The plan was not saved: %1").arg(id.error().message));
        for (const FieldError& e : elsewhere) {
            if (!e.field.startsWith(QLatin1String("person.")))
                lines.append(e.message);
        }
        if (!lines.isEmpty())
            m_messageBar->showMessage(lines.join(QLatin1Char('\n')));
        FieldErrors::makeRoom(this);
        return false;
    }
    m_savedId = *id;
    m_context.notifyParticipantChanged(m_participantId);
    // The new version is the current one now; the form shows it, unchanged.
    auto episodes = EpisodeStore(m_context.database()).episodes(m_participantId);
    if (episodes && !episodes->isEmpty()) {
        if (auto versions = RelapsePlanStore(m_context.database()).versions(episodes->last().id))
            m_versions = *versions;
    }
    m_shownIndex = -1;
    m_shown = plan(); // nothing is unsaved any more
    loadVersions(m_savedId);
    return true;
}

void RelapsePlanDialog::accept()
{
    if (m_readOnly)
        return;
    // Nothing changed: the current version stands, no copy of it is made.
    if (!isModified() && !m_versions.isEmpty()) {
        QDialog::accept();
        return;
    }
    if (save())
        QDialog::accept();
}

void RelapsePlanDialog::print()
{
    if (isModified()) {
        const auto answer = MessageBox::question(this, tr("Print Relapse Prevention Plan"),
            tr("Save your changes as a new version and print it?"),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
        if (answer != QMessageBox::Save || !save())
            return;
    }
    if (m_shownIndex < 0 || m_shownIndex >= m_versions.size())
        return;
    PlanPrinting::preview(
        this, PlanPrinting::relapsePlan(this, m_context, m_versions.at(m_shownIndex)));
}

void RelapsePlanDialog::reject()
{
    if (!m_discarding && result() != QDialog::Accepted && isModified()) {
        const auto answer = MessageBox::question(this, tr("Discard Changes?"),
            tr("Discard the changes to the relapse prevention plan? Nothing has been saved."),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

QString RelapsePlanDialog::unsavedTitle() const
{
    return tr("Relapse prevention plan changes not yet saved");
}

bool RelapsePlanDialog::isModified() const
{
    return !m_discarding && !m_readOnly && result() != QDialog::Accepted
        && plan().normalized() != m_shown.normalized();
}

Draft RelapsePlanDialog::draft() const
{
    Draft d;
    d.kind = QString::fromLatin1(DraftKind);
    d.subjectId = m_participantId;
    d.title = tr("Relapse prevention plan");
    d.payload = plan().toJson();
    return d;
}

void RelapsePlanDialog::applyDraft(const Draft& draft)
{
    if (m_readOnly)
        return;
    auto p = RelapsePlan::fromJson(draft.payload);
    if (!p) {
        m_messageBar->showMessage(
            tr("The draft could not be read back: %1").arg(p.error().message));
        return;
    }
    m_triggers->setItems(p->triggers);
    m_warningSigns->setItems(p->warningSigns);
    m_coping->setItems(p->copingStrategies);
    m_people->setContacts(p->peopleToCall);
    changed();
    m_messageBar->showMessage(
        tr("Your draft is back in the form. Nothing is saved until you choose Save New Version."),
        MessageBar::Type::Information);
}

void RelapsePlanDialog::discard()
{
    m_discarding = true;
    reject();
}

} // namespace stepwise
