# -*- coding: utf-8 -*-
"""fresh15 English secret frames (config formats, code, chats)."""
FRAMES = [
("sec-gitlab-001", "gitlab_ci", "en-us", """variables:
  DOCKER_DRIVER: overlay2
  AWS_DEFAULT_REGION: eu-west-1
  AWS_ACCESS_KEY_ID: "⟦aws_ak⟧"
  AWS_SECRET_ACCESS_KEY: "⟦aws_sk⟧"
deploy:
  stage: deploy
  image: registry.gitlab.com/ops/deployer:⟦#ver⟧
  script:
    - ./deploy.sh --env prod"""),
("sec-gitlab-002", "gitlab_ci", "en-uk", """test:
  stage: test
  variables:
    DATABASE_URL: "postgres://ci:⟦pw⟧@db:5432/app_test"
    SENTRY_AUTH_TOKEN: ⟦key:hex64⟧
  script:
    - bundle exec rspec"""),
("sec-helm-001", "helm_values", "en-us", """# values-prod.yaml
replicaCount: 3
image:
  repository: ghcr.io/acme/orders
  tag: "⟦#ver⟧"
env:
  STRIPE_SECRET_KEY: ⟦stripe⟧
  SENDGRID_API_KEY: ⟦key:sg⟧
  LOG_LEVEL: info"""),
("sec-helm-002", "helm_values", "en-au", """postgresql:
  auth:
    username: app
    password: "⟦pw⟧"
    database: billing
redis:
  auth:
    password: ⟦pw⟧"""),
("sec-ansible-001", "ansible_vars", "en-uk", """# group_vars/web.yml  (TODO move to vault!!)
nginx_worker_processes: 4
mysql_root_password: ⟦pw⟧
smtp_relay_user: ⟦#role_email|postmaster@mg.acme-mail.co.uk⟧
smtp_relay_password: ⟦key:mailgun⟧"""),
("sec-systemd-001", "systemd_unit", "en-us", """[Unit]
Description=Slack notifier
After=network.target

[Service]
Environment=SLACK_BOT_TOKEN=⟦slack:xoxb⟧
Environment=CHANNEL=#deploys
ExecStart=/usr/local/bin/notifier
Restart=always"""),
("sec-docker-001", "dockerfile", "en-ca", """FROM python:3.12-slim
WORKDIR /app
COPY . .
ENV OPENAI_API_KEY=⟦openai⟧
ENV PYTHONUNBUFFERED=1
RUN pip install -r requirements.txt
CMD ["gunicorn", "app:app"]"""),
("sec-jupyter-001", "jupyter_output", "en-us", """In [4]: import os; os.environ
Out[4]: environ({'HOME': '/home/jovyan', 'ANTHROPIC_API_KEY': '⟦anth⟧', 'SHELL': '/bin/bash', 'JUPYTER_PORT': '8888'})"""),
("sec-postman-001", "postman_collection", "en-in", """{
  "info": {"name": "Payments API", "_postman_id": "⟦#uuid⟧"},
  "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "⟦jwt⟧", "type": "string"}]},
  "item": [{"name": "List refunds", "request": {"method": "GET", "url": "{{base}}/v1/refunds"}}]
}"""),
("sec-har-001", "har_file", "en-uk", """{"request": {"method": "POST", "url": "https://api.internal-tools.io/graphql",
  "headers": [{"name": "Authorization", "value": "Bearer ⟦jwt⟧"}, {"name": "User-Agent", "value": "Mozilla/5.0"}],
  "cookies": [{"name": "session", "value": "⟦key:b62⟧"}]}, "startedDateTime": "⟦#ts⟧"}"""),
("sec-laravel-001", "laravel_env", "en-us", """APP_NAME=Shopfront
APP_ENV=production
APP_KEY=base64:⟦key:b64⟧
DB_CONNECTION=mysql
DB_HOST=⟦#privip⟧
DB_USERNAME=shop
DB_PASSWORD=⟦pw⟧
MAIL_MAILER=mailgun
MAILGUN_SECRET=⟦key:mailgun⟧"""),
("sec-rails-001", "rails_credentials", "en-us", """# bin/rails credentials:show
secret_key_base: ⟦key:hex64⟧
aws:
  access_key_id: ⟦aws_ak⟧
  secret_access_key: ⟦aws_sk⟧
github:
  token: ⟦ghp⟧"""),
("sec-django-001", "django_settings", "en-uk", """# settings/prod.py
DEBUG = False
SECRET_KEY = "django-insecure-⟦key:b62⟧"
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "crm", "USER": "crm", "PASSWORD": "⟦pw⟧", "HOST": "db.internal"}}
EMAIL_HOST_PASSWORD = "⟦pw⟧\""""),
("sec-php-001", "php_config", "en-za", """<?php
return [
    'db' => ['host' => 'localhost', 'user' => 'wp_admin', 'pass' => '⟦pw⟧'],
    'twilio' => ['sid' => 'AC⟦h:32⟧', 'token' => '⟦key:twauth⟧'],
];"""),
("sec-go-001", "go_code", "en-us", """// TODO: read from env before we open source this
const githubToken = "⟦ghp:pat⟧"

func client() *github.Client {
	ts := oauth2.StaticTokenSource(&oauth2.Token{AccessToken: githubToken})
	return github.NewClient(oauth2.NewClient(ctx, ts))
}"""),
("sec-rust-001", "rust_code", "en-au", """let client = reqwest::Client::new();
let resp = client.post("https://api.stripe.com/v1/charges")
    .basic_auth("⟦stripe⟧", Some(""))
    .form(&params).send().await?;"""),
("sec-java-001", "java_code", "en-in", """public class MailConfig {
    private static final String SMTP_USER = "⟦#role_email|alerts@finserve-india.com⟧";
    private static final String SMTP_PASS = "⟦pw⟧";
    private static final String API_KEY = "⟦key:hex32⟧";
}"""),
("sec-jdbc-001", "jdbc_url", "en-us", """spring.datasource.url=jdbc:postgresql://reporting-db.prod:5432/analytics?user=analyst&password=⟦pw⟧
spring.datasource.hikari.maximum-pool-size=10"""),
("sec-sql-001", "sql_connection_string", "en-uk", """Server=tcp:sql-prod-uks.database.windows.net,1433;Initial Catalog=Payroll;User ID=payroll_app;Password=⟦pw⟧;Encrypt=True;"""),
("sec-redis-001", "redis_url", "en-ca", """# worker.env
REDIS_URL=redis://default:⟦pw⟧@redis-⟦N:10000-19999⟧.c1.us-east-1-2.ec2.cloud.redislabs.com:⟦N:10000-19999⟧
QUEUE=emails"""),
("sec-smtp-001", "smtp_config", "en-ie", """[smtp]
host = smtp.sendgrid.net
port = 587
username = apikey
password = ⟦key:sg⟧
from = ⟦#role_email|no-reply@ticketdesk.ie⟧"""),
("sec-wifi-001", "wifi_password_chat", "en-uk", """⟦p1.f⟧: what's the wifi again
⟦p2.f⟧: BT-Hub6-⟦A:4⟧ and the password is ⟦pw⟧
⟦p1.f⟧: ta"""),
("sec-wifi-002", "wifi_password_chat", "en-ph", """guys new wifi na sa bahay 😅 SSID: PLDTHOMEFIBR⟦h:4⟧ pw: ⟦pw⟧ wag ipamigay ha"""),
("sec-router-001", "router_config", "en-us", """!
hostname edge-rtr-01
enable secret 5 $1$⟦A:4⟧$⟦key:b62⟧
username admin privilege 15 password 0 ⟦pw⟧
snmp-server community ⟦pw⟧ RO
interface GigabitEthernet0/0
 ip address ⟦ip⟧ 255.255.255.252
!"""),
("sec-kube-001", "kubeconfig", "en-us", """apiVersion: v1
kind: Config
clusters:
- cluster:
    server: https://⟦ip⟧:6443
  name: prod
users:
- name: deployer
  user:
    token: ⟦jwt⟧"""),
("sec-gcp-001", "gcp_service_account", "en-us", """{
  "type": "service_account",
  "project_id": "analytics-prod-4471",
  "private_key_id": "⟦key:gcpid⟧",
  "private_key": "⟦pem:json⟧\\n",
  "client_email": "⟦#role_email|etl-runner@analytics-prod-4471.iam.gserviceaccount.com|loader@analytics-prod-4471.iam.gserviceaccount.com⟧",
  "token_uri": "https://oauth2.googleapis.com/token"
}"""),
("sec-azure-001", "azure_connection_string", "en-uk", """"AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=stprodlogs⟦n:3⟧;AccountKey=⟦key:azure⟧;EndpointSuffix=core.windows.net\""""),
("sec-twilio-001", "generic_key_names", "en-us", """# notifications.env
MSG_PROVIDER_KEY=⟦key:twilio⟧
MSG_PROVIDER_SECRET=⟦key:twauth⟧
MAILER_TOKEN=⟦key:mailgun⟧
MAPS_KEY=⟦key:gapi⟧"""),
("sec-slack-001", "slack_chat", "en-au", """⟦p1.lo⟧: can someone give me the bot token for the standup bot, mine expired
⟦p2.lo⟧: ⟦slack⟧
⟦p2.lo⟧: don't paste it anywhere else lol"""),
("sec-pem-001", "pem_paste", "en-us", """ok here's the deploy key, put it in ~/.ssh/id_deploy and chmod 600:

⟦pem⟧

ping me if it doesn't work — ⟦p1.f⟧"""),
("sec-ghactions-001", "ci_log", "en-in", """Run git clone https://x-access-token:⟦ghp:ghs⟧@github.com/acme-in/ledger.git
Cloning into 'ledger'...
remote: Enumerating objects: ⟦N:1000-9000⟧, done."""),
("sec-notebook-002", "python_code", "en-uk", """client = anthropic.Anthropic(api_key="⟦anth⟧")  # ⟦p1.f⟧'s personal key, replace before demo
msg = client.messages.create(model="claude-sonnet", max_tokens=512, messages=[...])"""),
("sec-handover-001", "handover_note", "en-nz", """Handover for ⟦p1.f⟧ while I'm on leave:
- Xero login: ⟦#role_email|accounts@kiwi-builds.co.nz⟧ / ⟦pw⟧
- Alarm code is 4 digits, ask ⟦p2.f⟧
- AWS root is in 1Password, but CLI key is ⟦aws_ak⟧ / ⟦aws_sk⟧"""),
("sec-openai-002", "python_code", "en-us", """from openai import OpenAI
# quick test from ⟦p1.f⟧, delete later
client = OpenAI(api_key="⟦openai⟧")
print(client.models.list())"""),
("sec-openai-003", "slack_paste", "en-in", """⟦p1.lo⟧: bro the demo is failing, use my key for now ⟦openai:legacy⟧
⟦p2.lo⟧: ok thx will rotate after"""),
("sec-anth-002", "env_file", "en-uk", """# .env.local
ANTHROPIC_API_KEY=⟦anth⟧
NEXT_PUBLIC_APP_URL=http://localhost:3000"""),
("sec-anth-003", "github_issue", "en-ca", """**Bug**: requests fail with 401
Steps: set `ANTHROPIC_API_KEY=⟦anth⟧` and run `npm start`.
Expected: completion. Got: `invalid x-api-key`. cc @⟦p1.lo⟧"""),
("sec-pem-002", "ansible_vars", "en-us", """tls_key: "⟦pem:json⟧"
tls_cert_path: /etc/ssl/certs/app.crt"""),
("sec-pem-003", "terraform_output", "en-au", """Outputs:

bastion_ip = "⟦ip⟧"
bastion_private_key = <<EOT
⟦pem⟧
EOT"""),
("sec-slack-002", "slack_webhook_code", "en-uk", """SLACK_APP_TOKEN = "⟦slack:xapp⟧"
SLACK_USER_TOKEN = "⟦slack:xoxp⟧"  # ⟦p1.f⟧'s, for the export script"""),
("sec-gh-002", "npmrc", "en-us", """//npm.pkg.github.com/:_authToken=⟦ghp⟧
@acme:registry=https://npm.pkg.github.com"""),
("sec-jwt-002", "curl_command", "en-ng", """curl -H "Authorization: Bearer ⟦jwt⟧" https://api.paystack-clone.ng/v1/transfers?page=1"""),
("sec-stripe-002", "support_ticket", "en-us", """Hi, I accidentally pasted our key in the widget: ⟦stripe⟧ – can you confirm it's revoked? Thanks, ⟦p1⟧"""),
]
