from tests.redis_fixture import clean_redis_url, redis_client, redis_url  # noqa: F401
