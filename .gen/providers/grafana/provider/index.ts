// https://registry.terraform.io/providers/grafana/grafana/4.45.1/docs
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface GrafanaProviderConfig {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/4.45.1/docs#auth GrafanaProvider#auth}
  */
  readonly auth?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/4.45.1/docs#ca_cert GrafanaProvider#ca_cert}
  */
  readonly caCert?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/4.45.1/docs#cloud_access_policy_token GrafanaProvider#cloud_access_policy_token}
  */
  readonly cloudAccessPolicyToken?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/4.45.1/docs#cloud_api_url GrafanaProvider#cloud_api_url}
  */
  readonly cloudApiUrl?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/4.45.1/docs#cloud_provider_access_token GrafanaProvider#cloud_provider_access_token}
  */
  readonly cloudProviderAccessToken?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/4.45.1/docs#cloud_provider_url GrafanaProvider#cloud_provider_url}
  */
  readonly cloudProviderUrl?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/4.45.1/docs#connections_api_access_token GrafanaProvider#connections_api_access_token}
  */
  readonly connectionsApiAccessToken?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/4.45.1/docs#connections_api_url GrafanaProvider#connections_api_url}
  */
  readonly connectionsApiUrl?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/4.45.1/docs#fleet_management_auth GrafanaProvider#fleet_management_auth}
  */
  readonly fleetManagementAuth?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/4.45.1/docs#fleet_management_url GrafanaProvider#fleet_management_url}
  */
  readonly fleetManagementUrl?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/4.45.1/docs#frontend_o11y_api_access_token GrafanaProvider#frontend_o11y_api_access_token}
  */
  readonly frontendO11YApiAccessToken?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/4.45.1/docs#frontend_o11y_api_url GrafanaProvider#frontend_o11y_api_url}
  */
  readonly frontendO11YApiUrl?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/4.45.1/docs#http_headers GrafanaProvider#http_headers}
  */
  readonly httpHeaders?: { [key: string]: string };
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/4.45.1/docs#insecure_skip_verify GrafanaProvider#insecure_skip_verify}
  */
  readonly insecureSkipVerify?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/4.45.1/docs#k6_access_token GrafanaProvider#k6_access_token}
  */
  readonly k6AccessToken?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/4.45.1/docs#k6_url GrafanaProvider#k6_url}
  */
  readonly k6Url?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/4.45.1/docs#oncall_access_token GrafanaProvider#oncall_access_token}
  */
  readonly oncallAccessToken?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/4.45.1/docs#oncall_url GrafanaProvider#oncall_url}
  */
  readonly oncallUrl?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/4.45.1/docs#org_id GrafanaProvider#org_id}
  */
  readonly orgId?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/4.45.1/docs#retries GrafanaProvider#retries}
  */
  readonly retries?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/4.45.1/docs#retry_status_codes GrafanaProvider#retry_status_codes}
  */
  readonly retryStatusCodes?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/4.45.1/docs#retry_wait GrafanaProvider#retry_wait}
  */
  readonly retryWait?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/4.45.1/docs#sm_access_token GrafanaProvider#sm_access_token}
  */
  readonly smAccessToken?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/4.45.1/docs#sm_url GrafanaProvider#sm_url}
  */
  readonly smUrl?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/4.45.1/docs#stack_id GrafanaProvider#stack_id}
  */
  readonly stackId?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/4.45.1/docs#store_dashboard_sha256 GrafanaProvider#store_dashboard_sha256}
  */
  readonly storeDashboardSha256?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/4.45.1/docs#tls_cert GrafanaProvider#tls_cert}
  */
  readonly tlsCert?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/4.45.1/docs#tls_key GrafanaProvider#tls_key}
  */
  readonly tlsKey?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/4.45.1/docs#url GrafanaProvider#url}
  */
  readonly url?: string;
  /**
  * Alias name
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/grafana/grafana/4.45.1/docs#alias GrafanaProvider#alias}
  */
  readonly alias?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/grafana/grafana/4.45.1/docs grafana}
*/
export class GrafanaProvider extends cdktn.TerraformProvider {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "grafana";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a GrafanaProvider resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the GrafanaProvider to import
  * @param importFromId The id of the existing GrafanaProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/grafana/grafana/4.45.1/docs#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the GrafanaProvider to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "grafana", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/grafana/grafana/4.45.1/docs grafana} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options GrafanaProviderConfig = {}
  */
  public constructor(scope: Construct, id: string, config: GrafanaProviderConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'grafana',
      terraformGeneratorMetadata: {
        providerName: 'grafana',
        providerVersion: '4.45.1',
        providerVersionConstraint: '4.45.1'
      },
      terraformProviderSource: 'grafana/grafana'
    });
    this._auth = config.auth;
    this._caCert = config.caCert;
    this._cloudAccessPolicyToken = config.cloudAccessPolicyToken;
    this._cloudApiUrl = config.cloudApiUrl;
    this._cloudProviderAccessToken = config.cloudProviderAccessToken;
    this._cloudProviderUrl = config.cloudProviderUrl;
    this._connectionsApiAccessToken = config.connectionsApiAccessToken;
    this._connectionsApiUrl = config.connectionsApiUrl;
    this._fleetManagementAuth = config.fleetManagementAuth;
    this._fleetManagementUrl = config.fleetManagementUrl;
    this._frontendO11YApiAccessToken = config.frontendO11YApiAccessToken;
    this._frontendO11YApiUrl = config.frontendO11YApiUrl;
    this._httpHeaders = config.httpHeaders;
    this._insecureSkipVerify = config.insecureSkipVerify;
    this._k6AccessToken = config.k6AccessToken;
    this._k6Url = config.k6Url;
    this._oncallAccessToken = config.oncallAccessToken;
    this._oncallUrl = config.oncallUrl;
    this._orgId = config.orgId;
    this._retries = config.retries;
    this._retryStatusCodes = config.retryStatusCodes;
    this._retryWait = config.retryWait;
    this._smAccessToken = config.smAccessToken;
    this._smUrl = config.smUrl;
    this._stackId = config.stackId;
    this._storeDashboardSha256 = config.storeDashboardSha256;
    this._tlsCert = config.tlsCert;
    this._tlsKey = config.tlsKey;
    this._url = config.url;
    this._alias = config.alias;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // auth - computed: false, optional: true, required: false
  private _auth?: string; 
  public get auth() {
    return this._auth;
  }
  public set auth(value: string | undefined) {
    this._auth = value;
  }
  public resetAuth() {
    this._auth = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get authInput() {
    return this._auth;
  }

  // ca_cert - computed: false, optional: true, required: false
  private _caCert?: string; 
  public get caCert() {
    return this._caCert;
  }
  public set caCert(value: string | undefined) {
    this._caCert = value;
  }
  public resetCaCert() {
    this._caCert = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get caCertInput() {
    return this._caCert;
  }

  // cloud_access_policy_token - computed: false, optional: true, required: false
  private _cloudAccessPolicyToken?: string; 
  public get cloudAccessPolicyToken() {
    return this._cloudAccessPolicyToken;
  }
  public set cloudAccessPolicyToken(value: string | undefined) {
    this._cloudAccessPolicyToken = value;
  }
  public resetCloudAccessPolicyToken() {
    this._cloudAccessPolicyToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cloudAccessPolicyTokenInput() {
    return this._cloudAccessPolicyToken;
  }

  // cloud_api_url - computed: false, optional: true, required: false
  private _cloudApiUrl?: string; 
  public get cloudApiUrl() {
    return this._cloudApiUrl;
  }
  public set cloudApiUrl(value: string | undefined) {
    this._cloudApiUrl = value;
  }
  public resetCloudApiUrl() {
    this._cloudApiUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cloudApiUrlInput() {
    return this._cloudApiUrl;
  }

  // cloud_provider_access_token - computed: false, optional: true, required: false
  private _cloudProviderAccessToken?: string; 
  public get cloudProviderAccessToken() {
    return this._cloudProviderAccessToken;
  }
  public set cloudProviderAccessToken(value: string | undefined) {
    this._cloudProviderAccessToken = value;
  }
  public resetCloudProviderAccessToken() {
    this._cloudProviderAccessToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cloudProviderAccessTokenInput() {
    return this._cloudProviderAccessToken;
  }

  // cloud_provider_url - computed: false, optional: true, required: false
  private _cloudProviderUrl?: string; 
  public get cloudProviderUrl() {
    return this._cloudProviderUrl;
  }
  public set cloudProviderUrl(value: string | undefined) {
    this._cloudProviderUrl = value;
  }
  public resetCloudProviderUrl() {
    this._cloudProviderUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cloudProviderUrlInput() {
    return this._cloudProviderUrl;
  }

  // connections_api_access_token - computed: false, optional: true, required: false
  private _connectionsApiAccessToken?: string; 
  public get connectionsApiAccessToken() {
    return this._connectionsApiAccessToken;
  }
  public set connectionsApiAccessToken(value: string | undefined) {
    this._connectionsApiAccessToken = value;
  }
  public resetConnectionsApiAccessToken() {
    this._connectionsApiAccessToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get connectionsApiAccessTokenInput() {
    return this._connectionsApiAccessToken;
  }

  // connections_api_url - computed: false, optional: true, required: false
  private _connectionsApiUrl?: string; 
  public get connectionsApiUrl() {
    return this._connectionsApiUrl;
  }
  public set connectionsApiUrl(value: string | undefined) {
    this._connectionsApiUrl = value;
  }
  public resetConnectionsApiUrl() {
    this._connectionsApiUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get connectionsApiUrlInput() {
    return this._connectionsApiUrl;
  }

  // fleet_management_auth - computed: false, optional: true, required: false
  private _fleetManagementAuth?: string; 
  public get fleetManagementAuth() {
    return this._fleetManagementAuth;
  }
  public set fleetManagementAuth(value: string | undefined) {
    this._fleetManagementAuth = value;
  }
  public resetFleetManagementAuth() {
    this._fleetManagementAuth = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fleetManagementAuthInput() {
    return this._fleetManagementAuth;
  }

  // fleet_management_url - computed: false, optional: true, required: false
  private _fleetManagementUrl?: string; 
  public get fleetManagementUrl() {
    return this._fleetManagementUrl;
  }
  public set fleetManagementUrl(value: string | undefined) {
    this._fleetManagementUrl = value;
  }
  public resetFleetManagementUrl() {
    this._fleetManagementUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fleetManagementUrlInput() {
    return this._fleetManagementUrl;
  }

  // frontend_o11y_api_access_token - computed: false, optional: true, required: false
  private _frontendO11YApiAccessToken?: string; 
  public get frontendO11YApiAccessToken() {
    return this._frontendO11YApiAccessToken;
  }
  public set frontendO11YApiAccessToken(value: string | undefined) {
    this._frontendO11YApiAccessToken = value;
  }
  public resetFrontendO11YApiAccessToken() {
    this._frontendO11YApiAccessToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get frontendO11YApiAccessTokenInput() {
    return this._frontendO11YApiAccessToken;
  }

  // frontend_o11y_api_url - computed: false, optional: true, required: false
  private _frontendO11YApiUrl?: string; 
  public get frontendO11YApiUrl() {
    return this._frontendO11YApiUrl;
  }
  public set frontendO11YApiUrl(value: string | undefined) {
    this._frontendO11YApiUrl = value;
  }
  public resetFrontendO11YApiUrl() {
    this._frontendO11YApiUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get frontendO11YApiUrlInput() {
    return this._frontendO11YApiUrl;
  }

  // http_headers - computed: false, optional: true, required: false
  private _httpHeaders?: { [key: string]: string }; 
  public get httpHeaders() {
    return this._httpHeaders;
  }
  public set httpHeaders(value: { [key: string]: string } | undefined) {
    this._httpHeaders = value;
  }
  public resetHttpHeaders() {
    this._httpHeaders = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get httpHeadersInput() {
    return this._httpHeaders;
  }

  // insecure_skip_verify - computed: false, optional: true, required: false
  private _insecureSkipVerify?: boolean | cdktn.IResolvable; 
  public get insecureSkipVerify() {
    return this._insecureSkipVerify;
  }
  public set insecureSkipVerify(value: boolean | cdktn.IResolvable | undefined) {
    this._insecureSkipVerify = value;
  }
  public resetInsecureSkipVerify() {
    this._insecureSkipVerify = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get insecureSkipVerifyInput() {
    return this._insecureSkipVerify;
  }

  // k6_access_token - computed: false, optional: true, required: false
  private _k6AccessToken?: string; 
  public get k6AccessToken() {
    return this._k6AccessToken;
  }
  public set k6AccessToken(value: string | undefined) {
    this._k6AccessToken = value;
  }
  public resetK6AccessToken() {
    this._k6AccessToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get k6AccessTokenInput() {
    return this._k6AccessToken;
  }

  // k6_url - computed: false, optional: true, required: false
  private _k6Url?: string; 
  public get k6Url() {
    return this._k6Url;
  }
  public set k6Url(value: string | undefined) {
    this._k6Url = value;
  }
  public resetK6Url() {
    this._k6Url = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get k6UrlInput() {
    return this._k6Url;
  }

  // oncall_access_token - computed: false, optional: true, required: false
  private _oncallAccessToken?: string; 
  public get oncallAccessToken() {
    return this._oncallAccessToken;
  }
  public set oncallAccessToken(value: string | undefined) {
    this._oncallAccessToken = value;
  }
  public resetOncallAccessToken() {
    this._oncallAccessToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get oncallAccessTokenInput() {
    return this._oncallAccessToken;
  }

  // oncall_url - computed: false, optional: true, required: false
  private _oncallUrl?: string; 
  public get oncallUrl() {
    return this._oncallUrl;
  }
  public set oncallUrl(value: string | undefined) {
    this._oncallUrl = value;
  }
  public resetOncallUrl() {
    this._oncallUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get oncallUrlInput() {
    return this._oncallUrl;
  }

  // org_id - computed: false, optional: true, required: false
  private _orgId?: number; 
  public get orgId() {
    return this._orgId;
  }
  public set orgId(value: number | undefined) {
    this._orgId = value;
  }
  public resetOrgId() {
    this._orgId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get orgIdInput() {
    return this._orgId;
  }

  // retries - computed: false, optional: true, required: false
  private _retries?: number; 
  public get retries() {
    return this._retries;
  }
  public set retries(value: number | undefined) {
    this._retries = value;
  }
  public resetRetries() {
    this._retries = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get retriesInput() {
    return this._retries;
  }

  // retry_status_codes - computed: false, optional: true, required: false
  private _retryStatusCodes?: string[]; 
  public get retryStatusCodes() {
    return this._retryStatusCodes;
  }
  public set retryStatusCodes(value: string[] | undefined) {
    this._retryStatusCodes = value;
  }
  public resetRetryStatusCodes() {
    this._retryStatusCodes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get retryStatusCodesInput() {
    return this._retryStatusCodes;
  }

  // retry_wait - computed: false, optional: true, required: false
  private _retryWait?: number; 
  public get retryWait() {
    return this._retryWait;
  }
  public set retryWait(value: number | undefined) {
    this._retryWait = value;
  }
  public resetRetryWait() {
    this._retryWait = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get retryWaitInput() {
    return this._retryWait;
  }

  // sm_access_token - computed: false, optional: true, required: false
  private _smAccessToken?: string; 
  public get smAccessToken() {
    return this._smAccessToken;
  }
  public set smAccessToken(value: string | undefined) {
    this._smAccessToken = value;
  }
  public resetSmAccessToken() {
    this._smAccessToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get smAccessTokenInput() {
    return this._smAccessToken;
  }

  // sm_url - computed: false, optional: true, required: false
  private _smUrl?: string; 
  public get smUrl() {
    return this._smUrl;
  }
  public set smUrl(value: string | undefined) {
    this._smUrl = value;
  }
  public resetSmUrl() {
    this._smUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get smUrlInput() {
    return this._smUrl;
  }

  // stack_id - computed: false, optional: true, required: false
  private _stackId?: number; 
  public get stackId() {
    return this._stackId;
  }
  public set stackId(value: number | undefined) {
    this._stackId = value;
  }
  public resetStackId() {
    this._stackId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get stackIdInput() {
    return this._stackId;
  }

  // store_dashboard_sha256 - computed: false, optional: true, required: false
  private _storeDashboardSha256?: boolean | cdktn.IResolvable; 
  public get storeDashboardSha256() {
    return this._storeDashboardSha256;
  }
  public set storeDashboardSha256(value: boolean | cdktn.IResolvable | undefined) {
    this._storeDashboardSha256 = value;
  }
  public resetStoreDashboardSha256() {
    this._storeDashboardSha256 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get storeDashboardSha256Input() {
    return this._storeDashboardSha256;
  }

  // tls_cert - computed: false, optional: true, required: false
  private _tlsCert?: string; 
  public get tlsCert() {
    return this._tlsCert;
  }
  public set tlsCert(value: string | undefined) {
    this._tlsCert = value;
  }
  public resetTlsCert() {
    this._tlsCert = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tlsCertInput() {
    return this._tlsCert;
  }

  // tls_key - computed: false, optional: true, required: false
  private _tlsKey?: string; 
  public get tlsKey() {
    return this._tlsKey;
  }
  public set tlsKey(value: string | undefined) {
    this._tlsKey = value;
  }
  public resetTlsKey() {
    this._tlsKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tlsKeyInput() {
    return this._tlsKey;
  }

  // url - computed: false, optional: true, required: false
  private _url?: string; 
  public get url() {
    return this._url;
  }
  public set url(value: string | undefined) {
    this._url = value;
  }
  public resetUrl() {
    this._url = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get urlInput() {
    return this._url;
  }

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this._alias;
  }
  public set alias(value: string | undefined) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      auth: cdktn.stringToTerraform(this._auth),
      ca_cert: cdktn.stringToTerraform(this._caCert),
      cloud_access_policy_token: cdktn.stringToTerraform(this._cloudAccessPolicyToken),
      cloud_api_url: cdktn.stringToTerraform(this._cloudApiUrl),
      cloud_provider_access_token: cdktn.stringToTerraform(this._cloudProviderAccessToken),
      cloud_provider_url: cdktn.stringToTerraform(this._cloudProviderUrl),
      connections_api_access_token: cdktn.stringToTerraform(this._connectionsApiAccessToken),
      connections_api_url: cdktn.stringToTerraform(this._connectionsApiUrl),
      fleet_management_auth: cdktn.stringToTerraform(this._fleetManagementAuth),
      fleet_management_url: cdktn.stringToTerraform(this._fleetManagementUrl),
      frontend_o11y_api_access_token: cdktn.stringToTerraform(this._frontendO11YApiAccessToken),
      frontend_o11y_api_url: cdktn.stringToTerraform(this._frontendO11YApiUrl),
      http_headers: cdktn.hashMapper(cdktn.stringToTerraform)(this._httpHeaders),
      insecure_skip_verify: cdktn.booleanToTerraform(this._insecureSkipVerify),
      k6_access_token: cdktn.stringToTerraform(this._k6AccessToken),
      k6_url: cdktn.stringToTerraform(this._k6Url),
      oncall_access_token: cdktn.stringToTerraform(this._oncallAccessToken),
      oncall_url: cdktn.stringToTerraform(this._oncallUrl),
      org_id: cdktn.numberToTerraform(this._orgId),
      retries: cdktn.numberToTerraform(this._retries),
      retry_status_codes: cdktn.listMapper(cdktn.stringToTerraform, false)(this._retryStatusCodes),
      retry_wait: cdktn.numberToTerraform(this._retryWait),
      sm_access_token: cdktn.stringToTerraform(this._smAccessToken),
      sm_url: cdktn.stringToTerraform(this._smUrl),
      stack_id: cdktn.numberToTerraform(this._stackId),
      store_dashboard_sha256: cdktn.booleanToTerraform(this._storeDashboardSha256),
      tls_cert: cdktn.stringToTerraform(this._tlsCert),
      tls_key: cdktn.stringToTerraform(this._tlsKey),
      url: cdktn.stringToTerraform(this._url),
      alias: cdktn.stringToTerraform(this._alias),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      auth: {
        value: cdktn.stringToHclTerraform(this._auth),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ca_cert: {
        value: cdktn.stringToHclTerraform(this._caCert),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cloud_access_policy_token: {
        value: cdktn.stringToHclTerraform(this._cloudAccessPolicyToken),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cloud_api_url: {
        value: cdktn.stringToHclTerraform(this._cloudApiUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cloud_provider_access_token: {
        value: cdktn.stringToHclTerraform(this._cloudProviderAccessToken),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cloud_provider_url: {
        value: cdktn.stringToHclTerraform(this._cloudProviderUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      connections_api_access_token: {
        value: cdktn.stringToHclTerraform(this._connectionsApiAccessToken),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      connections_api_url: {
        value: cdktn.stringToHclTerraform(this._connectionsApiUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      fleet_management_auth: {
        value: cdktn.stringToHclTerraform(this._fleetManagementAuth),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      fleet_management_url: {
        value: cdktn.stringToHclTerraform(this._fleetManagementUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      frontend_o11y_api_access_token: {
        value: cdktn.stringToHclTerraform(this._frontendO11YApiAccessToken),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      frontend_o11y_api_url: {
        value: cdktn.stringToHclTerraform(this._frontendO11YApiUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      http_headers: {
        value: cdktn.hashMapperHcl(cdktn.stringToHclTerraform)(this._httpHeaders),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      insecure_skip_verify: {
        value: cdktn.booleanToHclTerraform(this._insecureSkipVerify),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      k6_access_token: {
        value: cdktn.stringToHclTerraform(this._k6AccessToken),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      k6_url: {
        value: cdktn.stringToHclTerraform(this._k6Url),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      oncall_access_token: {
        value: cdktn.stringToHclTerraform(this._oncallAccessToken),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      oncall_url: {
        value: cdktn.stringToHclTerraform(this._oncallUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      org_id: {
        value: cdktn.numberToHclTerraform(this._orgId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      retries: {
        value: cdktn.numberToHclTerraform(this._retries),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      retry_status_codes: {
        value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(this._retryStatusCodes),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      retry_wait: {
        value: cdktn.numberToHclTerraform(this._retryWait),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      sm_access_token: {
        value: cdktn.stringToHclTerraform(this._smAccessToken),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      sm_url: {
        value: cdktn.stringToHclTerraform(this._smUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      stack_id: {
        value: cdktn.numberToHclTerraform(this._stackId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      store_dashboard_sha256: {
        value: cdktn.booleanToHclTerraform(this._storeDashboardSha256),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      tls_cert: {
        value: cdktn.stringToHclTerraform(this._tlsCert),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tls_key: {
        value: cdktn.stringToHclTerraform(this._tlsKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      url: {
        value: cdktn.stringToHclTerraform(this._url),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      alias: {
        value: cdktn.stringToHclTerraform(this._alias),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
