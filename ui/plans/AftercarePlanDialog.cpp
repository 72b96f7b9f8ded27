// SPDX-License-Identifier: GPL-3.0-or-later
#include "AftercarePlanDialog.h"

#include "AppContext.h"
#include "ContactsTable.h"
#include "OptionalDateEdit.h"
#include "OptionalTimeEdit.h"
#include "PlanPrinting.h"
#include "common/FieldErrors.h"
#include "common/Format.h"
#include "common/MessageBar.h"
#include "common/MessageBox.h"
#include "session/DraftOffer.h"
#include "storage/Database.h"
#include "storage/EpisodeStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace stepwise {

namespace {

const QColor refusedBackground(0xfd, 0xe2, 0xe2);

QTableWidget* listTable(const QString& accessibleName, const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setAccessibleName(accessibleName);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    t->setAlternatingRowColors(true);
    t->setTabKeyNavigation(false);
    t->setMinimumHeight(t->verticalHeader()->defaultSectionSize() * 4);
    return t;
}

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    label->setPalette(p);
    return label;
}

QString clock(const QTime& t)
{
    return OptionalTimeEdit::text(t);
}

QString appointmentText(const AftercareService& s)
{
    if (s.appointmentDate.isValid())
        return s.appointmentTime.isValid() ? AftercarePlanDialog::tr("%1, %2").arg(
                   Format::date(s.appointmentDate), clock(s.appointmentTime))
                                           : Format::date(s.appointmentDate);
    if (s.referralDate.isValid())
        return AftercarePlanDialog::tr("Referred %1, no appointment yet")
            .arg(Format::date(s.referralDate));
    return {};
}

QString meetingText(const SupportGroup& g)
{
    QStringList days;
    for (Qt::DayOfWeek d : g.days)
        days.append(QLocale().dayName(d, QLocale::ShortFormat));
    const QString when = days.join(QStringLiteral(", "));
    return g.time.isValid() ? AftercarePlanDialog::tr("%1 %2").arg(when, clock(g.time)) : when;
}

QString placeText(const SupportGroup& g)
{
    if (g.online && !g.location.trimmed().isEmpty())
        return AftercarePlanDialog::tr("Online: %1").arg(g.location.trimmed());
    return g.online ? AftercarePlanDialog::tr("Online") : g.location.trimmed();
}

QString versionText(const AftercarePlanVersion& v)
{
    return AftercarePlanDialog::tr("Version %1, saved %2 by %3")
        .arg(v.version)
        .arg(Format::date(v.recordedAt.toLocalTime().date()), v.recordedByName);
}

// "service.2.provider" -> 2, or -1 when the field is not of this list.
int indexOf(const FieldError& e, const QString& list)
{
    const QStringList parts = e.field.split(QLatin1Char('.'));
    if (parts.size() != 3 || parts.at(0) != list)
        return -1;
    bool ok = false;
    const int n = parts.at(1).toInt(&ok);
    return ok ? n : -1;
}

} // namespace

AftercarePlanDialog::AftercarePlanDialog(AppContext& context, Id participantId, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_participantId(participantId)
{
    setObjectName(QStringLiteral("AftercarePlanDialog"));
    setWindowTitle(tr("Aftercare Plan[*]"));
    m_messageBar = new MessageBar(this);
    m_draftOffer
        = new DraftOffer(context.database(), QString::fromLatin1(DraftKind), participantId, this);
    connect(m_draftOffer, &DraftOffer::resumed, this, &AftercarePlanDialog::applyDraft);
    m_versionLine = new QLabel(this);
    m_versionLine->setObjectName(QStringLiteral("versionLine"));
    m_versionLine->setTextFormat(Qt::PlainText);
    m_history = new QComboBox(this);
    m_history->setObjectName(QStringLiteral("versionChoice"));
    m_history->setAccessibleName(tr("Version shown"));
    auto* historyLabel = new QLabel(tr("Show &version:"), this);
    historyLabel->setBuddy(m_history);
    auto* top = new QHBoxLayout;
    top->addWidget(m_versionLine, 1);
    top->addWidget(historyLabel);
    top->addWidget(m_history);

    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addTab(buildServicesPage(), tr("&Services && Appointments"));
    m_pages->addTab(buildGroupsPage(), tr("Support &Groups"));
    m_pages->addTab(buildSoberLivingPage(), tr("Sober &Living"));
    m_pages->addTab(buildRelapsePage(), tr("&Triggers && Support"));

    // No default button: Enter in a field must never save a version.
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save New Version"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &AftercarePlanDialog::accept);
    m_print = buttons->addButton(tr("&Print\u2026"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(QStringLiteral("print"));
    m_print->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &AftercarePlanDialog::reject);
    connect(m_print, &QPushButton::clicked, this, &AftercarePlanDialog::print);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_draftOffer);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 130, fontMetrics().height() * 38);

    auto episodes = EpisodeStore(m_context.database()).episodes(participantId);
    if (!episodes || episodes->isEmpty()) {
        m_messageBar->showMessage(episodes ? tr("No episode of care: an aftercare plan belongs "
                                                "to an admission.")
                                           : episodes.error().message);
        m_history->addItem(tr("None saved yet"));
        m_history->setEnabled(false);
        setPlan({});
        setReadOnly(true);
    } else {
        // Aftercare is often finished at discharge, so the latest episode takes it either way.
        m_episodeId = episodes->last().id;
        m_writable = true;
        auto versions = AftercarePlanStore(m_context.database()).versions(m_episodeId);
        if (!versions)
            m_messageBar->showMessage(versions.error().message);
        else
            m_versions = *versions;
        loadVersions(m_versions.isEmpty() ? 0 : m_versions.first().id);
    }
    connect(m_history, &QComboBox::activated, this, &AftercarePlanDialog::showVersion);
    m_context.unsavedWork().add(this);
}

AftercarePlanDialog::~AftercarePlanDialog()
{
    m_context.unsavedWork().remove(this);
}

QWidget* AftercarePlanDialog::buildServicesPage()
{
    auto* page = new QWidget(this);
    m_serviceList = listTable(tr("Step-down services"),
        { tr("Service"), tr("Provider"), tr("Phone"), tr("First appointment") }, page);
    m_serviceList->setObjectName(QStringLiteral("serviceList"));
    m_addService = new QPushButton(tr("&Add Service"), page);
    m_addService->setObjectName(QStringLiteral("addService"));
    m_removeService = new QPushButton(tr("Remove Service"), page);
    m_removeService->setObjectName(QStringLiteral("removeService"));
    for (QPushButton* b : { m_addService, m_removeService })
        b->setAutoDefault(false);
    connect(m_addService, &QPushButton::clicked, this, &AftercarePlanDialog::addService);
    connect(m_removeService, &QPushButton::clicked, this, &AftercarePlanDialog::removeService);
    connect(
        m_serviceList, &QTableWidget::currentCellChanged, this, &AftercarePlanDialog::showService);

    m_serviceForm = new QWidget(page);
    m_serviceErrors = new FieldErrors(m_serviceForm);
    m_serviceKind = new QComboBox(m_serviceForm);
    m_serviceKind->setObjectName(QStringLiteral("serviceKind"));
    for (AftercareServiceKind k : allAftercareServiceKinds())
        m_serviceKind->addItem(label(k), int(k));
    m_provider = new QLineEdit(m_serviceForm);
    m_provider->setObjectName(QStringLiteral("provider"));
    m_provider->setPlaceholderText(tr("Practice or agency"));
    m_contact = new QLineEdit(m_serviceForm);
    m_contact->setObjectName(QStringLiteral("contactPerson"));
    m_servicePhone = new QLineEdit(m_serviceForm);
    m_servicePhone->setObjectName(QStringLiteral("servicePhone"));
    m_referral = new OptionalDateEdit(tr("Referred"), m_serviceForm);
    m_referral->setObjectName(QStringLiteral("referralDate"));
    m_appointmentDate = new OptionalDateEdit(tr("Booked"), m_serviceForm);
    m_appointmentDate->setObjectName(QStringLiteral("appointmentDate"));
    m_appointmentTime = new OptionalTimeEdit(tr("At"), m_serviceForm);
    m_appointmentTime->setObjectName(QStringLiteral("appointmentTime"));
    m_serviceNote = new QLineEdit(m_serviceForm);
    m_serviceNote->setObjectName(QStringLiteral("serviceNote"));
    m_serviceNote->setPlaceholderText(tr("e.g. bring your insurance card"));

    auto current = [this]() -> AftercareService* {
        const int row = m_serviceList->currentRow();
        return m_loading || row < 0 || row >= m_services.size() ? nullptr : &m_services[row];
    };
    connect(m_serviceKind, &QComboBox::currentIndexChanged, this, [this, current] {
        if (AftercareService* s = current()) {
            s->kind = AftercareServiceKind(m_serviceKind->currentData().toInt());
            serviceEdited("kind");
        }
    });
    connect(m_provider, &QLineEdit::textEdited, this, [this, current](const QString& t) {
        if (AftercareService* s = current()) {
            s->provider = t;
            serviceEdited("provider");
        }
    });
    connect(m_contact, &QLineEdit::textEdited, this, [this, current](const QString& t) {
        if (AftercareService* s = current()) {
            s->contactPerson = t;
            serviceEdited("contact");
        }
    });
    connect(m_servicePhone, &QLineEdit::textEdited, this, [this, current](const QString& t) {
        if (AftercareService* s = current()) {
            s->phone = t;
            serviceEdited("phone");
        }
    });
    connect(m_referral, &OptionalDateEdit::dateChanged, this, [this, current](const QDate& d) {
        if (AftercareService* s = current()) {
            s->referralDate = d;
            serviceEdited("referral_date");
        }
    });
    connect(
        m_appointmentDate, &OptionalDateEdit::dateChanged, this, [this, current](const QDate& d) {
            if (AftercareService* s = current()) {
                s->appointmentDate = d;
                serviceEdited("appointment_date");
                // Either date answers "referred or booked".
                serviceEdited("referral_date");
            }
        });
    connect(
        m_appointmentTime, &OptionalTimeEdit::timeChanged, this, [this, current](const QTime& t) {
            if (AftercareService* s = current()) {
                s->appointmentTime = t;
                serviceEdited("appointment_date");
            }
        });
    connect(m_serviceNote, &QLineEdit::textEdited, this, [this, current](const QString& t) {
        if (AftercareService* s = current()) {
            s->note = t;
            serviceEdited("note");
        }
    });

    auto* dates = new QFormLayout;
    dates->addRow(
        tr("&Referral:"), m_serviceErrors->wrap(QStringLiteral("referral_date"), m_referral));
    auto* appointment = new QWidget(m_serviceForm);
    auto* appointmentLayout = new QHBoxLayout(appointment);
    appointmentLayout->setContentsMargins(0, 0, 0, 0);
    appointmentLayout->addWidget(m_appointmentDate);
    appointmentLayout->addWidget(m_appointmentTime);
    appointmentLayout->addStretch(1);
    appointment->setFocusProxy(m_appointmentDate);
    dates->addRow(tr("First &appointment:"),
        m_serviceErrors->wrap(QStringLiteral("appointment_date"), appointment));
    dates->addRow(tr("N&ote:"), m_serviceNote);

    auto* who = new QFormLayout;
    who->addRow(tr("&Kind:"), m_serviceKind);
    who->addRow(tr("P&rovider:"), m_serviceErrors->wrap(QStringLiteral("provider"), m_provider));
    who->addRow(tr("&Contact person:"), m_contact);
    who->addRow(tr("P&hone:"), m_serviceErrors->wrap(QStringLiteral("phone"), m_servicePhone));

    auto* form = new QHBoxLayout(m_serviceForm);
    form->setContentsMargins(0, 0, 0, 0);
    form->addLayout(who, 1);
    form->addLayout(dates, 1);

    auto* listButtons = new QVBoxLayout;
    listButtons->addWidget(m_addService);
    listButtons->addWidget(m_removeService);
    listButtons->addStretch(1);
    auto* list = new QHBoxLayout;
    list->addWidget(m_serviceList, 1);
    list->addLayout(listButtons);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(note(tr("Outpatient therapy, group counseling, medication management: who "
                              "the participant is referred to and their first appointment."),
        page));
    layout->addLayout(list, 1);
    layout->addWidget(m_serviceForm);
    return page;
}

QWidget* AftercarePlanDialog::buildGroupsPage()
{
    auto* page = new QWidget(this);
    m_groupList = listTable(
        tr("Support groups"), { tr("Meeting"), tr("Kind"), tr("When"), tr("Where") }, page);
    m_groupList->setObjectName(QStringLiteral("groupList"));
    m_addGroup = new QPushButton(tr("&Add Group"), page);
    m_addGroup->setObjectName(QStringLiteral("addGroup"));
    m_removeGroup = new QPushButton(tr("Remove Group"), page);
    m_removeGroup->setObjectName(QStringLiteral("removeGroup"));
    for (QPushButton* b : { m_addGroup, m_removeGroup })
        b->setAutoDefault(false);
    connect(m_addGroup, &QPushButton::clicked, this, &AftercarePlanDialog::addGroup);
    connect(m_removeGroup, &QPushButton::clicked, this, &AftercarePlanDialog::removeGroup);
    connect(m_groupList, &QTableWidget::currentCellChanged, this, &AftercarePlanDialog::showGroup);

    m_groupForm = new QWidget(page);
    m_groupErrors = new FieldErrors(m_groupForm);
    m_groupKind = new QComboBox(m_groupForm);
    m_groupKind->setObjectName(QStringLiteral("groupKind"));
    for (SupportGroupKind k : allSupportGroupKinds())
        m_groupKind->addItem(label(k), int(k));
    m_groupName = new QLineEdit(m_groupForm);
    m_groupName->setObjectName(QStringLiteral("groupName"));
    m_groupName->setPlaceholderText(tr("e.g. Tuesday Night Big Book"));
    m_dayBox = new QWidget(m_groupForm);
    auto* dayLayout = new QHBoxLayout(m_dayBox);
    dayLayout->setContentsMargins(0, 0, 0, 0);
    for (int d = Qt::Monday; d <= Qt::Sunday; ++d) {
        auto* box = new QCheckBox(QLocale().dayName(d, QLocale::ShortFormat), m_dayBox);
        box->setObjectName(QStringLiteral("day%1").arg(d));
        m_days.append(box);
        dayLayout->addWidget(box);
    }
    dayLayout->addStretch(1);
    m_dayBox->setFocusProxy(m_days.first());
    m_groupTime = new QTimeEdit(QTime(19, 0), m_groupForm);
    m_groupTime->setObjectName(QStringLiteral("groupTime"));
    m_groupTime->setDisplayFormat(OptionalTimeEdit::displayFormat());
    m_groupLocation = new QLineEdit(m_groupForm);
    m_groupLocation->setObjectName(QStringLiteral("groupLocation"));
    m_groupLocation->setPlaceholderText(tr("Address, or the link or app for an online meeting"));
    m_online = new QCheckBox(tr("&Online"), m_groupForm);
    m_online->setObjectName(QStringLiteral("online"));

    auto current = [this]() -> SupportGroup* {
        const int row = m_groupList->currentRow();
        return m_loading || row < 0 || row >= m_groups.size() ? nullptr : &m_groups[row];
    };
    connect(m_groupKind, &QComboBox::currentIndexChanged, this, [this, current] {
        if (SupportGroup* g = current()) {
            g->kind = SupportGroupKind(m_groupKind->currentData().toInt());
            groupEdited("kind");
        }
    });
    connect(m_groupName, &QLineEdit::textEdited, this, [this, current](const QString& t) {
        if (SupportGroup* g = current()) {
            g->name = t;
            groupEdited("name");
        }
    });
    for (QCheckBox* box : std::as_const(m_days)) {
        connect(box, &QCheckBox::toggled, this, [this, current] {
            if (SupportGroup* g = current()) {
                g->days.clear();
                for (int i = 0; i < m_days.size(); ++i) {
                    if (m_days.at(i)->isChecked())
                        g->days.append(Qt::DayOfWeek(Qt::Monday + i));
                }
                groupEdited("days");
            }
        });
    }
    connect(m_groupTime, &QTimeEdit::timeChanged, this, [this, current](const QTime& t) {
        if (SupportGroup* g = current()) {
            g->time = t;
            groupEdited("time");
        }
    });
    connect(m_groupLocation, &QLineEdit::textEdited, this, [this, current](const QString& t) {
        if (SupportGroup* g = current()) {
            g->location = t;
            groupEdited("location");
        }
    });
    connect(m_online, &QCheckBox::toggled, this, [this, current](bool on) {
        if (SupportGroup* g = current()) {
            g->online = on;
            groupEdited("location");
        }
    });

    auto* form = new QFormLayout(m_groupForm);
    form->setContentsMargins(0, 0, 0, 0);
    m_groupKind->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    form->addRow(tr("&Kind:"), m_groupKind);
    form->addRow(tr("&Name:"), m_groupErrors->wrap(QStringLiteral("name"), m_groupName));
    form->addRow(tr("&Days:"), m_groupErrors->wrap(QStringLiteral("days"), m_dayBox));
    auto* timeRow = new QWidget(m_groupForm);
    auto* timeLayout = new QHBoxLayout(timeRow);
    timeLayout->setContentsMargins(0, 0, 0, 0);
    timeLayout->addWidget(m_groupTime);
    timeLayout->addStretch(1);
    timeRow->setFocusProxy(m_groupTime);
    form->addRow(tr("T&ime:"), m_groupErrors->wrap(QStringLiteral("time"), timeRow));
    auto* where = new QWidget(m_groupForm);
    auto* whereLayout = new QHBoxLayout(where);
    whereLayout->setContentsMargins(0, 0, 0, 0);
    whereLayout->addWidget(m_groupLocation, 1);
    whereLayout->addWidget(m_online);
    where->setFocusProxy(m_groupLocation);
    form->addRow(tr("&Where:"), m_groupErrors->wrap(QStringLiteral("location"), where));

    auto* listButtons = new QVBoxLayout;
    listButtons->addWidget(m_addGroup);
    listButtons->addWidget(m_removeGroup);
    listButtons->addStretch(1);
    auto* list = new QHBoxLayout;
    list->addWidget(m_groupList, 1);
    list->addLayout(listButtons);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(note(tr("Mutual-help meetings the participant means to go to, with their "
                              "days and time."),
        page));
    layout->addLayout(list, 1);
    layout->addWidget(m_groupForm);
    return page;
}

QWidget* AftercarePlanDialog::buildSoberLivingPage()
{
    auto* page = new QWidget(this);
    m_sober = new QGroupBox(tr("The participant moves to a sober living residence"), page);
    m_sober->setObjectName(QStringLiteral("soberLiving"));
    m_sober->setCheckable(true);
    m_sober->setChecked(false);
    m_soberErrors = new FieldErrors(m_sober);
    m_residence = new QLineEdit(m_sober);
    m_residence->setObjectName(QStringLiteral("residence"));
    m_address = new QPlainTextEdit(m_sober);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setTabChangesFocus(true);
    m_address->setMaximumHeight(m_address->fontMetrics().lineSpacing() * 4 + 12);
    m_soberPhone = new QLineEdit(m_sober);
    m_soberPhone->setObjectName(QStringLiteral("soberPhone"));
    m_moveIn = new OptionalDateEdit(tr("Known"), m_sober);
    m_moveIn->setObjectName(QStringLiteral("moveInDate"));
    connect(m_sober, &QGroupBox::toggled, this, &AftercarePlanDialog::changed);
    connect(m_residence, &QLineEdit::textEdited, this, &AftercarePlanDialog::changed);
    connect(m_address, &QPlainTextEdit::textChanged, this, &AftercarePlanDialog::changed);
    connect(m_soberPhone, &QLineEdit::textEdited, this, &AftercarePlanDialog::changed);
    connect(m_moveIn, &OptionalDateEdit::dateChanged, this, &AftercarePlanDialog::changed);
    auto* form = new QFormLayout(m_sober);
    form->addRow(tr("&Residence:"),
        m_soberErrors->wrap(QStringLiteral("sober_living.residence"), m_residence));
    form->addRow(tr("A&ddress:"), m_address);
    form->addRow(
        tr("P&hone:"), m_soberErrors->wrap(QStringLiteral("sober_living.phone"), m_soberPhone));
    form->addRow(tr("&Move-in date:"), m_moveIn);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_sober);
    layout->addStretch(1);
    return page;
}

QWidget* AftercarePlanDialog::buildRelapsePage()
{
    auto* page = new QWidget(this);
    m_triggers = new QPlainTextEdit(page);
    m_triggers->setObjectName(QStringLiteral("relapseTriggers"));
    m_triggers->setAccessibleName(tr("Relapse triggers"));
    m_triggers->setTabChangesFocus(true);
    m_coping = new QPlainTextEdit(page);
    m_coping->setObjectName(QStringLiteral("copingPlan"));
    m_coping->setAccessibleName(tr("Coping plan"));
    m_coping->setTabChangesFocus(true);
    m_copy = new QPushButton(tr("&Copy from Relapse Prevention Plan"), page);
    m_copy->setObjectName(QStringLiteral("copyFromRelapsePlan"));
    m_copy->setAutoDefault(false);
    m_copy->setToolTip(tr("Fills the triggers, the coping plan and an empty support network from "
                          "the relapse prevention plan; what is already written stays."));
    m_network = new ContactsTable(tr("Support network"), page);
    m_network->setObjectName(QStringLiteral("supportNetwork"));
    connect(m_copy, &QPushButton::clicked, this, &AftercarePlanDialog::copyFromRelapsePlan);
    connect(m_triggers, &QPlainTextEdit::textChanged, this, &AftercarePlanDialog::changed);
    connect(m_coping, &QPlainTextEdit::textChanged, this, &AftercarePlanDialog::changed);
    connect(m_network, &ContactsTable::changed, this, &AftercarePlanDialog::changed);

    auto* grid = new QGridLayout(page);
    grid->addWidget(new QLabel(tr("Relapse triggers:"), page), 0, 0);
    grid->addWidget(new QLabel(tr("Coping plan:"), page), 0, 1);
    grid->addWidget(m_triggers, 1, 0);
    grid->addWidget(m_coping, 1, 1);
    auto* copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copy);
    copyRow->addStretch(1);
    grid->addLayout(copyRow, 2, 0, 1, 2);
    grid->addWidget(new QLabel(tr("Support network (people to call):"), page), 3, 0, 1, 2);
    grid->addWidget(m_network, 4, 0, 1, 2);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(4, 1);
    return page;
}

void AftercarePlanDialog::loadVersions(Id select)
{
    const QSignalBlocker block(m_history);
    m_history->clear();
    int index = 0;
    for (int i = 0; i < m_versions.size(); ++i) {
        const AftercarePlanVersion& v = m_versions.at(i);
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

void AftercarePlanDialog::showVersion(int index)
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
    m_errors.clear();
    if (index < 0 || index >= m_versions.size()) {
        m_versionLine->setText(tr("No aftercare plan has been saved yet."));
        setPlan({});
        setReadOnly(!m_writable);
        return;
    }
    const AftercarePlanVersion& v = m_versions.at(index);
    m_versionLine->setText(
        index == 0 ? versionText(v) : versionText(v) + tr(" \u2014 replaced, read-only"));
    setPlan(v.plan);
    setReadOnly(!m_writable || index != 0);
}

void AftercarePlanDialog::setPlan(const AftercarePlan& plan)
{
    m_loading = true;
    m_shown = plan;
    m_services = plan.services;
    m_groups = plan.supportGroups;
    {
        const QSignalBlocker blockServices(m_serviceList);
        const QSignalBlocker blockGroups(m_groupList);
        m_serviceList->setRowCount(int(m_services.size()));
        for (int r = 0; r < m_services.size(); ++r)
            refreshServiceRow(r);
        m_groupList->setRowCount(int(m_groups.size()));
        for (int r = 0; r < m_groups.size(); ++r)
            refreshGroupRow(r);
        m_serviceList->setCurrentCell(m_services.isEmpty() ? -1 : 0, 0);
        m_groupList->setCurrentCell(m_groups.isEmpty() ? -1 : 0, 0);
    }
    m_sober->setChecked(plan.soberLiving.has_value());
    const SoberLiving sober = plan.soberLiving.value_or(SoberLiving {});
    m_residence->setText(sober.residence);
    m_address->setPlainText(sober.address);
    m_soberPhone->setText(sober.phone);
    m_moveIn->setDate(sober.moveInDate);
    m_triggers->setPlainText(plan.relapseTriggers);
    m_coping->setPlainText(plan.copingPlan);
    m_network->setContacts(plan.supportNetwork);
    m_network->clearErrors();
    m_soberErrors->clear();
    m_loading = false;
    showService();
    showGroup();
    setWindowModified(false);
}

void AftercarePlanDialog::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_addService->setEnabled(!readOnly);
    m_addGroup->setEnabled(!readOnly);
    m_removeService->setEnabled(!readOnly && m_serviceList->currentRow() >= 0);
    m_removeGroup->setEnabled(!readOnly && m_groupList->currentRow() >= 0);
    m_serviceForm->setEnabled(!readOnly && m_serviceList->currentRow() >= 0);
    m_groupForm->setEnabled(!readOnly && m_groupList->currentRow() >= 0);
    m_sober->setEnabled(!readOnly);
    m_triggers->setReadOnly(readOnly);
    m_coping->setReadOnly(readOnly);
    m_copy->setEnabled(!readOnly);
    m_network->setReadOnly(readOnly);
    m_save->setEnabled(!readOnly);
    if (readOnly)
        m_draftOffer->hide();
    m_print->setEnabled(m_shownIndex >= 0 && m_shownIndex < m_versions.size());
}

void AftercarePlanDialog::refreshServiceRow(int row)
{
    const AftercareService& s = m_services.at(row);
    const QStringList cells { label(s.kind), s.provider.simplified(), s.phone.trimmed(),
        appointmentText(s) };
    bool refused = false;
    for (const FieldError& e : std::as_const(m_errors))
        refused = refused || indexOf(e, QStringLiteral("service")) == row;
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        if (refused)
            item->setBackground(refusedBackground);
        m_serviceList->setItem(row, c, item);
    }
}

void AftercarePlanDialog::refreshGroupRow(int row)
{
    const SupportGroup& g = m_groups.at(row);
    const QStringList cells { g.name.simplified(), label(g.kind), meetingText(g), placeText(g) };
    bool refused = false;
    for (const FieldError& e : std::as_const(m_errors))
        refused = refused || indexOf(e, QStringLiteral("support_group")) == row;
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        if (refused)
            item->setBackground(refusedBackground);
        m_groupList->setItem(row, c, item);
    }
}

void AftercarePlanDialog::showItemErrors(FieldErrors* errors, const QString& prefix)
{
    QList<FieldError> mine;
    for (const FieldError& e : std::as_const(m_errors)) {
        if (e.field.startsWith(prefix))
            mine.append({ e.field.mid(prefix.size()), e.message });
    }
    errors->show(mine);
}

void AftercarePlanDialog::showService()
{
    const int row = m_serviceList->currentRow();
    const bool has = row >= 0 && row < m_services.size();
    m_loading = true;
    const AftercareService s = has ? m_services.at(row) : AftercareService {};
    m_serviceKind->setCurrentIndex(m_serviceKind->findData(int(s.kind)));
    m_provider->setText(s.provider);
    m_contact->setText(s.contactPerson);
    m_servicePhone->setText(s.phone);
    m_referral->setDate(s.referralDate);
    m_appointmentDate->setDate(s.appointmentDate);
    m_appointmentTime->setTime(s.appointmentTime);
    m_serviceNote->setText(s.note);
    m_loading = false;
    m_serviceForm->setEnabled(has && !m_readOnly);
    m_removeService->setEnabled(has && !m_readOnly);
    showItemErrors(m_serviceErrors, QStringLiteral("service.%1.").arg(row));
}

void AftercarePlanDialog::showGroup()
{
    const int row = m_groupList->currentRow();
    const bool has = row >= 0 && row < m_groups.size();
    m_loading = true;
    const SupportGroup g = has ? m_groups.at(row) : SupportGroup {};
    m_groupKind->setCurrentIndex(m_groupKind->findData(int(g.kind)));
    m_groupName->setText(g.name);
    for (int i = 0; i < m_days.size(); ++i)
        m_days.at(i)->setChecked(g.days.contains(Qt::DayOfWeek(Qt::Monday + i)));
    m_groupTime->setTime(g.time.isValid() ? g.time : QTime(19, 0));
    m_groupLocation->setText(g.location);
    m_online->setChecked(g.online);
    m_loading = false;
    m_groupForm->setEnabled(has && !m_readOnly);
    m_removeGroup->setEnabled(has && !m_readOnly);
    showItemErrors(m_groupErrors, QStringLiteral("support_group.%1.").arg(row));
}

void AftercarePlanDialog::serviceEdited(const char* field)
{
    const int row = m_serviceList->currentRow();
    const QString name = QStringLiteral("service.%1.%2").arg(row).arg(QLatin1String(field));
    if (m_errors.removeIf([&](const FieldError& e) { return e.field == name; }) > 0)
        showItemErrors(m_serviceErrors, QStringLiteral("service.%1.").arg(row));
    refreshServiceRow(row);
    changed();
}

void AftercarePlanDialog::groupEdited(const char* field)
{
    const int row = m_groupList->currentRow();
    const QString name = QStringLiteral("support_group.%1.%2").arg(row).arg(QLatin1String(field));
    if (m_errors.removeIf([&](const FieldError& e) { return e.field == name; }) > 0)
        showItemErrors(m_groupErrors, QStringLiteral("support_group.%1.").arg(row));
    refreshGroupRow(row);
    changed();
}

void AftercarePlanDialog::addService()
{
    if (m_readOnly)
        return;
    m_errors.clear(); // indexes would no longer match
    m_services.append(AftercareService {});
    const int row = int(m_services.size()) - 1;
    m_serviceList->setRowCount(row + 1);
    for (int r = 0; r <= row; ++r)
        refreshServiceRow(r);
    m_serviceList->setCurrentCell(row, 0);
    m_pages->setCurrentIndex(0);
    m_provider->setFocus();
    changed();
}

void AftercarePlanDialog::removeService()
{
    const int row = m_serviceList->currentRow();
    if (m_readOnly || row < 0 || row >= m_services.size())
        return;
    m_errors.clear();
    m_services.removeAt(row);
    m_serviceList->removeRow(row);
    for (int r = 0; r < m_services.size(); ++r)
        refreshServiceRow(r);
    showService();
    changed();
}

void AftercarePlanDialog::addGroup()
{
    if (m_readOnly)
        return;
    m_errors.clear();
    SupportGroup g;
    g.time = QTime(19, 0); // as the time field starts; most meetings are in the evening
    m_groups.append(g);
    const int row = int(m_groups.size()) - 1;
    m_groupList->setRowCount(row + 1);
    for (int r = 0; r <= row; ++r)
        refreshGroupRow(r);
    m_groupList->setCurrentCell(row, 0);
    m_pages->setCurrentIndex(1);
    m_groupName->setFocus();
    changed();
}

void AftercarePlanDialog::removeGroup()
{
    const int row = m_groupList->currentRow();
    if (m_readOnly || row < 0 || row >= m_groups.size())
        return;
    m_errors.clear();
    m_groups.removeAt(row);
    m_groupList->removeRow(row);
    for (int r = 0; r < m_groups.size(); ++r)
        refreshGroupRow(r);
    showGroup();
    changed();
}

void AftercarePlanDialog::copyFromRelapsePlan()
{
    if (m_readOnly || m_episodeId == 0)
        return;
    auto relapse = RelapsePlanStore(m_context.database()).current(m_episodeId);
    if (!relapse) {
        m_messageBar->showMessage(
            tr("The relapse prevention plan could not be read: %1").arg(relapse.error().message));
        return;
    }
    if (!*relapse) {
        m_messageBar->showMessage(
            tr("No relapse prevention plan has been saved in this episode yet."),
            MessageBar::Type::Information);
        return;
    }
    AftercarePlan seeded = plan();
    const AftercarePlan before = seeded;
    seeded.seedFrom((*relapse)->plan);
    if (seeded == before) {
        m_messageBar->showMessage(tr("Nothing was copied: the triggers, the coping plan and the "
                                     "support network are already filled in. Empty one to copy "
                                     "it again."),
            MessageBar::Type::Information);
        return;
    }
    if (seeded.relapseTriggers != before.relapseTriggers)
        m_triggers->setPlainText(seeded.relapseTriggers);
    if (seeded.copingPlan != before.copingPlan)
        m_coping->setPlainText(seeded.copingPlan);
    if (seeded.supportNetwork != before.supportNetwork)
        m_network->setContacts(seeded.supportNetwork);
    changed();
    m_messageBar->showMessage(tr("Copied from version %1 of the relapse prevention plan; what was "
                                 "already written here was kept.")
                                  .arg((*relapse)->version),
        MessageBar::Type::Information);
}

AftercarePlan AftercarePlanDialog::plan() const
{
    AftercarePlan a;
    a.services = m_services;
    a.supportGroups = m_groups;
    if (m_sober->isChecked())
        a.soberLiving = SoberLiving { m_residence->text(), m_address->toPlainText(),
            m_soberPhone->text(), m_moveIn->date() };
    a.relapseTriggers = m_triggers->toPlainText();
    a.copingPlan = m_coping->toPlainText();
    a.supportNetwork = m_network->contacts();
    return a;
}

void AftercarePlanDialog::changed()
{
    if (m_loading)
        return;
    setWindowModified(isModified());
}

bool AftercarePlanDialog::save()
{
    m_messageBar->clear();
    m_errors.clear();
    m_soberErrors->clear();
    m_network->clearErrors();
    auto id = AftercarePlanStore(m_context.database()).save(m_participantId, plan());
    if (!id) {
        const Error& error = id.error();
        m_errors = error.fields;
        QStringList lines;
        int page = 4; // the first page with a problem
        int serviceRow = -1;
        int groupRow = -1;
        for (const FieldError& e : error.fields) {
            if (const int n = indexOf(e, QStringLiteral("service"));
                n >= 0 && n < m_services.size()) {
                const QString name = m_services.at(n).provider.trimmed();
                lines.append(name.isEmpty() ? tr("Service %1: %2").arg(n + 1).arg(e.message)
                                            : tr("%1: %2").arg(name, e.message));
                page = 0;
                if (serviceRow < 0)
                    serviceRow = n;
            } else if (const int g = indexOf(e, QStringLiteral("support_group"));
                       g >= 0 && g < m_groups.size()) {
                const QString name = m_groups.at(g).name.trimmed();
                lines.append(name.isEmpty() ? tr("Support group %1: %2").arg(g + 1).arg(e.message)
                                            : tr("%1: %2").arg(name, e.message));
                page = std::min(page, 1);
                if (groupRow < 0)
                    groupRow = g;
            } else if (e.field.startsWith(QLatin1String("sober_living."))) {
                page = std::min(page, 2);
            } else if (e.field.startsWith(QLatin1String("network."))) {
                page = std::min(page, 3);
            } else {
                lines.append(e.message);
            }
        }
        if (error.fields.isEmpty())
            lines.append(tr("The plan was not saved: %1").arg(error.message));
        const QList<FieldError> soberRest = m_soberErrors->show(error.fields);
        Q_UNUSED(soberRest)
        lines.append(m_network->showErrors(QStringLiteral("network"), error.fields));
        for (const FieldError& e : error.fields) {
            if (e.field.startsWith(QLatin1String("sober_living.")))
                lines.append(tr("Sober living: %1").arg(e.message));
        }
        for (int r = 0; r < m_services.size(); ++r)
            refreshServiceRow(r);
        for (int r = 0; r < m_groups.size(); ++r)
            refreshGroupRow(r);
        if (serviceRow >= 0)
            m_serviceList->setCurrentCell(serviceRow, 0);
        if (groupRow >= 0)
            m_groupList->setCurrentCell(groupRow, 0);
        showService();
        showGroup();
        if (page < m_pages->count())
            m_pages->setCurrentIndex(page);
        m_messageBar->showMessage(lines.join(QLatin1Char('\n')));
        return false;
    }
    m_savedId = *id;
    m_context.notifyParticipantChanged(m_participantId);
    if (auto versions = AftercarePlanStore(m_context.database()).versions(m_episodeId))
        m_versions = *versions;
    m_shownIndex = -1;
    m_shown = plan(); // nothing is unsaved any more
    loadVersions(m_savedId);
    return true;
}

void AftercarePlanDialog::accept()
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

void AftercarePlanDialog::print()
{
    if (isModified()) {
        const auto answer = MessageBox::question(this, tr("Print Aftercare Plan"),
            tr("Save your changes as a new version and print it?"),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
        if (answer != QMessageBox::Save || !save())
            return;
    }
    if (m_shownIndex < 0 || m_shownIndex >= m_versions.size())
        return;
    PlanPrinting::preview(
        this, PlanPrinting::aftercarePlan(this, m_context, m_versions.at(m_shownIndex)));
}

void AftercarePlanDialog::reject()
{
    if (!m_discarding && result() != QDialog::Accepted && isModified()) {
        const auto answer = MessageBox::question(this, tr("Discard Changes?"),
            tr("Discard the changes to the aftercare plan? Nothing has been saved."),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

QString AftercarePlanDialog::unsavedTitle() const
{
    return tr("Aftercare plan changes not yet saved");
}

bool AftercarePlanDialog::isModified() const
{
    return !m_discarding && !m_readOnly && result() != QDialog::Accepted && plan() != m_shown;
}

Draft AftercarePlanDialog::draft() const
{
    Draft d;
    d.kind = QString::fromLatin1(DraftKind);
    d.subjectId = m_participantId;
    d.title = tr("Aftercare plan");
    d.payload = plan().toJson();
    return d;
}

void AftercarePlanDialog::applyDraft(const Draft& draft)
{
    if (m_readOnly)
        return;
    auto p = AftercarePlan::fromJson(draft.payload);
    if (!p) {
        m_messageBar->showMessage(
            tr("The draft could not be read back: %1").arg(p.error().message));
        return;
    }
    const AftercarePlan shown = m_shown;
    setPlan(*p);
    m_shown = shown; // the draft's content counts as changed until saved
    setWindowModified(isModified());
    m_messageBar->showMessage(
        tr("Your draft is back in the form. Nothing is saved until you choose Save New Version."),
        MessageBar::Type::Information);
}

void AftercarePlanDialog::discard()
{
    m_discarding = true;
    reject();
}

} // namespace stepwise
