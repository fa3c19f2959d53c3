"""A boto3 CloudWatch client for the sandbox, held to one wire protocol, that records what it sends."""
import botocore.model


def cloudwatch_client(endpoint, protocol):
    """Returns (client, wire): wire collects "<url> <content-type>" for every request the client sends."""
    # botocore picks the first protocol of this tuple that the service lists (captures §0): force ours.
    botocore.model.PRIORITY_ORDERED_SUPPORTED_PROTOCOLS = (protocol,)
    import boto3
    from botocore.config import Config

    client = boto3.client(
        "cloudwatch",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="test",
        aws_secret_access_key="test",
        config=Config(retries={"max_attempts": 1}),
    )
    wire = []
    client.meta.events.register(
        "before-send.cloudwatch.*",
        lambda request, **_: wire.append(f"{request.url} {request.headers.get('Content-Type', b'').decode()}"),
    )
    return client, wire
